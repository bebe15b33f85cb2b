import { Module } from '@nestjs/common';
import { StrategistProcessor } from './strategist.processor';

@Module({ providers: [StrategistProcessor] })
export class StrategistModule {}
