import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  STRATEGIST_QUEUE,
  STRATEGIST_TICK_JOB,
  type StrategistRun,
  type StrategistRunResponse,
} from '@seraph/contracts';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { apiErrorBody } from '../http/api-error';
import { JobQueues } from '../queues/job-queues.service';
import { QUEUE_UNAVAILABLE_MESSAGE } from './strategist.examples';
import { MANUAL_TICK_PREFIX, recentRuns } from './strategist-runs';

/**
 * The job id of a manual tick: `manual-<UTC minute>` such as `manual-2026-11-25T20-47` (BullMQ
 * refuses ':' in custom ids), so presses within one minute share one job.
 */
export function manualTickJobId(now: Date): string {
  return `${MANUAL_TICK_PREFIX}${now.toISOString().slice(0, 16).replace(':', '-')}`;
}

/** Starts a strategist tick on request instead of waiting for the next scheduled one. */
@Injectable()
export class StrategistService {
  private readonly logger = new Logger(StrategistService.name);

  constructor(
    private readonly queues: JobQueues,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** What the newest ticks did (outcome, reason, tokens), newest first. */
  runs(limit: number): Promise<StrategistRun[]> {
    return recentRuns(this.dataSource, limit);
  }

  async run(): Promise<StrategistRunResponse> {
    const jobId = manualTickJobId(this.clock.now());
    try {
      // Fails after JobQueues' timeout when Redis is away, so the request answers 503, not hangs.
      await this.queues.add(STRATEGIST_QUEUE, STRATEGIST_TICK_JOB, { manual: true }, { jobId });
    } catch (error) {
      this.logger.warn({ jobId, err: error }, 'Could not enqueue a manual strategist tick');
      throw new ServiceUnavailableException(apiErrorBody(503, QUEUE_UNAVAILABLE_MESSAGE));
    }
    this.logger.log({ jobId }, 'Enqueued a manual strategist tick');
    return { jobId };
  }
}
