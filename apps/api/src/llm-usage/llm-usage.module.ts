import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { ClockModule } from '../clock/clock.module';
import { LlmUsageController } from './llm-usage.controller';

@Module({
  imports: [ChatModule, ClockModule],
  controllers: [LlmUsageController],
})
export class LlmUsageModule {}
