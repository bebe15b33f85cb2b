import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ClockModule } from '../clock/clock.module';
import { PresenceInterceptor } from './presence.interceptor';
import { PresenceService } from './presence.service';

/**
 * The user's last interaction (Redis `seraph:last-interaction`). Every successful non-GET /api
 * request counts (a global interceptor); chat, the socket's `activity` event and the insight
 * delivery call `PresenceService.recordInteraction()` themselves.
 */
@Module({
  imports: [ClockModule],
  providers: [PresenceService, { provide: APP_INTERCEPTOR, useClass: PresenceInterceptor }],
  exports: [PresenceService],
})
export class PresenceModule {}
