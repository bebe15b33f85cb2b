import { Module } from '@nestjs/common';
import { HealthServer } from './health-server';

@Module({ providers: [HealthServer], exports: [HealthServer] })
export class HealthModule {}
