import { Inject, Injectable } from '@nestjs/common';
import { scanCalendar, statusPayload } from '@seraph/calendar';
import { REDIS_KEYS, type CalendarStatus } from '@seraph/contracts';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AttentionStateService } from '../attention-state/attention-state.service';
import { Broadcaster } from '../broadcast/broadcaster';
import { CLOCK, type Clock } from '../clock/clock';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { DATA_SOURCE } from '../database/database.module';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { JobProcessor, type JobHandler, type JobSchedule } from '../queues/job-processor';
import { QueueRunner } from '../queues/queue-runner';
import {
  CALENDAR_QUEUE,
  CALENDAR_SCAN_JOB,
  CALENDAR_TRANSITION_JOB,
  planTransitions,
} from './calendar-jobs';

export interface CalendarScanResult {
  status: CalendarStatus;
  source: string;
  eventCount: number;
  transitionsPlanned: number;
  message?: string;
}

/**
 * `calendar.scan` (PRODUCT §3): caches the next 24 h of Google Calendar events, records and
 * publishes the connection status, recomputes the user state, and plans a `calendar.transition`
 * job at each upcoming start and end. Not configured and a refused permission are outcomes (the
 * job completes); only failures a retry can fix (network, 5xx, timeout) fail the attempt.
 */
@Injectable()
@JobProcessor(CALENDAR_SCAN_JOB)
export class CalendarScanProcessor implements JobHandler<
  Record<string, never>,
  CalendarScanResult
> {
  private readonly log: Logger;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly attention: AttentionStateService,
    private readonly broadcaster: Broadcaster,
    private readonly queues: QueueRunner,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'CalendarScan' });
  }

  schedule(): JobSchedule {
    return { every: this.config.calendarScanIntervalMin * 60_000 };
  }

  async handle(
    job: Job<Record<string, never>, CalendarScanResult>,
    signal: AbortSignal,
  ): Promise<CalendarScanResult> {
    const now = this.clock.now();
    const result = await scanCalendar(this.dataSource, this.config.calendar, { now, signal });
    await this.broadcaster.publish(
      'calendar:status',
      statusPayload(result),
      REDIS_KEYS.calendarStatus,
    );
    signal.throwIfAborted();
    await this.attention.refresh('calendar');
    const planned = planTransitions(result.events, now);
    const queue = this.queues.queue(CALENDAR_QUEUE);
    for (const transition of planned) {
      await queue.add(CALENDAR_TRANSITION_JOB, transition.data, {
        jobId: transition.jobId,
        delay: transition.delay,
      });
    }
    const outcome = {
      status: result.status,
      source: result.source,
      eventCount: result.events.length,
      transitionsPlanned: planned.length,
      ...(result.message ? { message: result.message } : {}),
    };
    const log =
      result.status === 'error' ? this.log.warn.bind(this.log) : this.log.info.bind(this.log);
    log({ job: CALENDAR_SCAN_JOB, jobId: job.id, ...outcome }, 'Calendar scanned');
    return outcome;
  }
}
