import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { InterruptionModeController } from './interruption-mode.controller';
import { SettingsController } from './settings.controller';
import { SettingsService } from './settings.service';
import { UserStateReader } from './user-state.reader';

/**
 * Settings and the interruption mode. Exports `SettingsService` for features that need the user's
 * time zone (`getTimezone()`).
 */
@Module({
  imports: [ClockModule, RealtimeModule],
  controllers: [SettingsController, InterruptionModeController],
  providers: [SettingsService, UserStateReader],
  exports: [SettingsService],
})
export class SettingsModule {}
