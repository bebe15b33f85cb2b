import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BroadcastRelay } from './broadcast-relay.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [AuthModule],
  providers: [RealtimeGateway, BroadcastRelay],
  exports: [RealtimeGateway],
})
export class RealtimeModule {}
