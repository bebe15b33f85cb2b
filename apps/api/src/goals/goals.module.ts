import { Module } from '@nestjs/common';
import { ClockModule } from '../clock/clock.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { SettingsModule } from '../settings/settings.module';
import { GoalCommands } from './goal-commands.service';
import { GoalStore } from './goal-store';
import { GoalsController } from './goals.controller';
import { GoalsService } from './goals.service';

/** Goals: CRUD, tree, dashboard. Exports `GoalsService` (reads) and `GoalCommands` (writes, e.g. for the chat tools). */
@Module({
  imports: [ClockModule, RealtimeModule, SettingsModule],
  controllers: [GoalsController],
  providers: [GoalStore, GoalsService, GoalCommands],
  exports: [GoalsService, GoalCommands],
})
export class GoalsModule {}
