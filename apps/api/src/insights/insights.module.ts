import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { PresenceModule } from '../presence/presence.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { InsightsController } from './insights.controller';
import { InsightsService } from './insights.service';

/** `GET /api/insights` and `POST /api/insights/deliver`. */
@Module({
  imports: [ClockModule, PresenceModule, RealtimeModule],
  controllers: [InsightsController],
  providers: [InsightsService],
})
export class InsightsModule {}
