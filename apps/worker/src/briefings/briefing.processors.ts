import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobProcessor, type JobHandler, type JobSchedule } from '../queues/job-processor';
import type { JobName } from '../queues/queue-table';
import { BriefingJobs, type BriefingJobResult } from './briefing-jobs';

export const DAILY_BRIEFING_JOB = 'briefing.daily' satisfies JobName;
export const EVENING_BRIEFING_JOB = 'briefing.evening' satisfies JobName;

/** `briefing.daily`: the morning briefing at the settings' briefing time (default 08:00). */
@Injectable()
@JobProcessor(DAILY_BRIEFING_JOB)
export class DailyBriefingProcessor implements JobHandler<unknown, BriefingJobResult> {
  constructor(private readonly jobs: BriefingJobs) {}

  schedule(): Promise<JobSchedule> {
    return this.jobs.schedule('daily');
  }

  handle(_job: Job, signal: AbortSignal): Promise<BriefingJobResult> {
    return this.jobs.run('daily', signal);
  }
}

/** `briefing.evening`: the evening review at the settings' review time (default 21:00). */
@Injectable()
@JobProcessor(EVENING_BRIEFING_JOB)
export class EveningBriefingProcessor implements JobHandler<unknown, BriefingJobResult> {
  constructor(private readonly jobs: BriefingJobs) {}

  schedule(): Promise<JobSchedule> {
    return this.jobs.schedule('evening');
  }

  handle(_job: Job, signal: AbortSignal): Promise<BriefingJobResult> {
    return this.jobs.run('evening', signal);
  }
}
