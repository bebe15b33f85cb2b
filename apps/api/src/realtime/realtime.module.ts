import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PresenceModule } from '../presence/presence.module';
import { BroadcastPublisher } from './broadcast-publisher.service';
import { BroadcastRelay } from './broadcast-relay.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [AuthModule, PresenceModule],
  providers: [RealtimeGateway, BroadcastRelay, BroadcastPublisher],
  exports: [RealtimeGateway, BroadcastPublisher],
})
export class RealtimeModule {}
