import { Module } from '@nestjs/common';
import { BriefingJobs } from './briefing-jobs';
import { DailyBriefingProcessor, EveningBriefingProcessor } from './briefing.processors';
import { BriefingRescheduler } from './briefing-rescheduler';

@Module({
  providers: [BriefingJobs, DailyBriefingProcessor, EveningBriefingProcessor, BriefingRescheduler],
})
export class BriefingsModule {}
