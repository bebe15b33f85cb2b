import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClockModule } from '../clock/clock.module';
import { GoalsModule } from '../goals/goals.module';
import { PresenceModule } from '../presence/presence.module';
import { SessionsModule } from '../sessions/sessions.module';
import { SettingsModule } from '../settings/settings.module';
import { AgentRuntime } from './agent-runtime';
import { ChatContextBuilder } from './chat-context';
import { ChatGateway } from './chat.gateway';
import { ChatService } from './chat.service';
import { ChatTools } from './chat-tools';

/** The chat agent over Socket.IO (PRODUCT §4). Exports the runtime (LLM client, call log). */
@Module({
  imports: [
    CalendarModule,
    ClockModule,
    GoalsModule,
    SettingsModule,
    SessionsModule,
    PresenceModule,
  ],
  providers: [AgentRuntime, ChatContextBuilder, ChatTools, ChatService, ChatGateway],
  exports: [AgentRuntime],
})
export class ChatModule {}
