import { Module } from '@nestjs/common';
import { HeartbeatProcessor } from './heartbeat.processor';

@Module({ providers: [HeartbeatProcessor] })
export class HeartbeatModule {}
