import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { CalendarOAuthController } from './calendar-oauth.controller';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** Google Calendar (PRODUCT §3): status, cached events, OAuth connect. Exports the service for the agent. */
@Module({
  imports: [ClockModule, RealtimeModule],
  controllers: [CalendarController, CalendarOAuthController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
