import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { withTimeout } from '@seraph/agent';
import { Queue, type JobsOptions } from 'bullmq';
import Redis from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/**
 * How long an enqueue may take before it fails: the queues' connection waits for Redis
 * indefinitely, a request should not.
 */
export const ENQUEUE_TIMEOUT_MS = 3_000;

/**
 * Producer side of the worker's BullMQ queues: the api only adds jobs (a manual strategist tick,
 * a calendar scan after connecting); the worker's queue table owns attempts, backoff and timeouts,
 * so jobs added here carry the same attempts and backoff the worker's scheduler uses.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private connection?: Redis;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /**
   * Adds a job; a job id already present in the queue is not added twice (BullMQ dedupes). Fails
   * with a TimeoutError when Redis has not answered within ENQUEUE_TIMEOUT_MS (a late add may still
   * land; its job id dedupes a retry).
   */
  async add(
    queue: string,
    name: string,
    data: Record<string, unknown>,
    options: JobsOptions,
  ): Promise<string> {
    const job = await withTimeout(`enqueueing ${name}`, ENQUEUE_TIMEOUT_MS, () =>
      this.queue(queue).add(name, data, {
        attempts: 3,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: { age: 7 * 24 * 3600, count: 1_000 },
        removeOnFail: { age: 7 * 24 * 3600, count: 1_000 },
        ...options,
      }),
    );
    return String(job.id);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection?.disconnect();
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Its own connection: BullMQ wants `maxRetriesPerRequest: null`, unlike the api's fail-fast client.
      if (!this.connection) {
        this.connection = new Redis(this.config.redisUrl, {
          maxRetriesPerRequest: null,
          connectionName: 'seraph-api-queues',
        });
        // Outages are reported by /health/ready; an enqueue during one fails with its own error.
        this.connection.on('error', () => undefined);
      }
      queue = new Queue(name, { connection: this.connection, prefix: this.config.queuePrefix });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
