import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { JobProcessor, type JobHandler, type JobSchedule } from '../queues/job-processor';
import type { JobName } from '../queues/queue-table';
import { RedisConnection } from '../redis/redis-connection';
import { WORKER_ID } from '../worker-id';
import { heartbeatKey, type HeartbeatRecord } from './heartbeat-record';

export const HEARTBEAT_JOB = 'system.heartbeat' satisfies JobName;

/**
 * `system.heartbeat`: proves the pipes work end to end (scheduler → queue → worker → Redis). Each run
 * writes `<prefix>:heartbeat:last` and returns the same record, so it also shows in BullMQ's
 * completed set.
 */
@Injectable()
@JobProcessor(HEARTBEAT_JOB)
export class HeartbeatProcessor implements JobHandler<Record<string, never>, HeartbeatRecord> {
  private readonly log: Logger;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_ID) private readonly workerId: string,
    private readonly redis: RedisConnection,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Heartbeat' });
  }

  schedule(): JobSchedule {
    return { every: this.config.heartbeatEveryMs };
  }

  async handle(
    job: Job<Record<string, never>, HeartbeatRecord>,
    signal: AbortSignal,
  ): Promise<HeartbeatRecord> {
    const record: HeartbeatRecord = {
      at: new Date().toISOString(),
      jobId: String(job.id),
      workerId: this.workerId,
    };
    signal.throwIfAborted();
    await this.redis.client.set(heartbeatKey(this.config.queuePrefix), JSON.stringify(record));
    this.log.info({ job: HEARTBEAT_JOB, ...record }, 'Heartbeat recorded');
    return record;
  }
}
