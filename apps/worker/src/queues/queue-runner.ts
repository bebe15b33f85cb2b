import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue, Worker, type Job } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { RedisConnection } from '../redis/redis-connection';
import { JobProcessor, type JobHandler } from './job-processor';
import { createJobRunner } from './job-runner';
import {
  planQueues,
  ProcessorPlanError,
  type DiscoveredHandler,
  type QueuePlan,
} from './processor-plan';
import { QUEUE_DEFINITIONS, type QueueDefinitions } from './queue-table';

const CONNECTION_ERROR =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|Connection is closed|connect ETIMEDOUT|Stream isn't writeable/i;

const MISSING_JOB_KEY = /Missing key for job/i;

/**
 * Owns the BullMQ side: one Queue and one Worker per row of the queue table, each Worker running its
 * queue's handlers under the queue's timeout. Refuses to start (in onModuleInit, before anything
 * connects) when a queue or job has no processor. Registers every handler's schedule with
 * `upsertJobScheduler` whenever Redis (re)connects, so a restarted worker, two workers, or a Redis
 * that came back empty all end with exactly one scheduler per scheduled job.
 */
@Injectable()
export class QueueRunner implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private plans: QueuePlan[] = [];
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private stopListening?: () => void;
  private registration: Promise<void> = Promise.resolve();
  private closing = false;
  private readonly log: Logger;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(QUEUE_DEFINITIONS) private readonly definitions: QueueDefinitions,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly redis: RedisConnection,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Queues' });
  }

  onModuleInit(): void {
    const discovered: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders({ metadataKey: JobProcessor.KEY })) {
      const jobName = this.discovery.getMetadataByDecorator(JobProcessor, wrapper);
      const instance = wrapper.instance as Partial<JobHandler> | undefined;
      if (!jobName || !instance) continue;
      if (typeof instance.handle !== 'function') {
        throw new ProcessorPlanError(
          `${wrapper.name} is marked @JobProcessor('${jobName}') but has no handle()`,
        );
      }
      discovered.push({ jobName, handler: instance as JobHandler, owner: String(wrapper.name) });
    }
    this.plans = planQueues(this.definitions, discovered);
  }

  onApplicationBootstrap(): void {
    const connection = this.redis.client;
    const prefix = this.config.queuePrefix;
    for (const plan of this.plans) {
      const { queue: name, settings } = plan;
      const queue = new Queue(name, {
        connection,
        prefix,
        defaultJobOptions: {
          attempts: settings.attempts,
          backoff: settings.backoff,
          removeOnComplete: settings.removeOnComplete,
          removeOnFail: settings.removeOnFail,
        },
      });
      queue.on('error', (error) => this.onBullError(name, error));
      this.queues.set(name, queue);

      const worker = new Worker(name, createJobRunner(name, settings, plan.handlers), {
        connection,
        prefix,
        concurrency: settings.concurrency,
        lockDuration: settings.lockDuration,
        ...(settings.stalledIntervalMs ? { stalledInterval: settings.stalledIntervalMs } : {}),
      });
      worker.on('error', (error) => this.onBullError(name, error));
      worker.on('failed', (job, error) => this.onFailed(name, job, error));
      worker.on('stalled', (jobId) =>
        this.log.warn(
          { queue: name, jobId },
          'Job stalled (its worker stopped renewing the lock); it will run again',
        ),
      );
      this.workers.push(worker);
      this.log.info(
        {
          queue: name,
          jobs: [...plan.handlers.keys()],
          concurrency: settings.concurrency,
          timeoutMs: settings.timeoutMs,
        },
        'Processing queue',
      );
    }
    this.stopListening = this.redis.onReady(() => void this.registerSchedules());
  }

  /**
   * Stops taking jobs and waits for active ones (each bounded by its queue's timeout), then closes.
   * With Redis down an active job could not be marked finished anyway, and BullMQ's graceful close
   * would wait for a reconnect forever, so the workers are closed at once; their jobs run again once
   * their locks expire.
   */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.stopListening?.();
    const force = !this.redis.isUp;
    if (force) {
      this.log.warn(
        'Redis is down: stopping workers without waiting; active jobs will run again later',
      );
    } else {
      this.log.info('Stopping workers; letting active jobs finish');
    }
    const graceMs = Math.max(0, ...this.plans.map((plan) => plan.settings.timeoutMs)) + 2_000;
    const stopped = await settlesWithin(
      Promise.all(this.workers.map((worker) => worker.close(force))),
      graceMs,
    );
    if (!stopped) {
      this.log.warn(
        { graceMs },
        'Workers did not stop in time (Redis lost during shutdown?); closing anyway',
      );
    }
    await settlesWithin(
      Promise.all([...this.queues.values()].map((queue) => queue.close())),
      2_000,
    );
    this.log.info('Workers stopped');
  }

  /** The Queue object for a queue of the table (for tests and, later, for enqueuing follow-up jobs). */
  queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue "${name}"`);
    return queue;
  }

  /** Upserts every declared schedule; serialised, so a reconnect during a registration queues up. */
  registerSchedules(): Promise<void> {
    this.registration = this.registration.then(() => this.upsertSchedules());
    return this.registration;
  }

  private async upsertSchedules(): Promise<void> {
    if (this.closing) return;
    try {
      for (const plan of this.plans) {
        const queue = this.queue(plan.queue);
        const declared = new Set<string>();
        for (const [jobName, handler] of plan.handlers) {
          const schedule = await handler.schedule?.();
          if (!schedule) continue;
          declared.add(jobName);
          // The scheduler id is the job name: one scheduler per job, whoever registers it.
          await queue.upsertJobScheduler(jobName, schedule, { name: jobName, data: {} });
          this.log.info({ queue: plan.queue, job: jobName, schedule }, 'Job schedule registered');
        }
        for (const existing of await queue.getJobSchedulers()) {
          if (!declared.has(existing.key)) {
            this.log.warn(
              { queue: plan.queue, scheduler: existing.key },
              'A job scheduler in Redis is declared by no processor; remove it with queue.removeJobScheduler()',
            );
          }
        }
      }
    } catch (error) {
      if (this.closing) return;
      this.log.error(
        { err: error },
        'Could not register job schedules; will try again when Redis reconnects',
      );
    }
  }

  private onFailed(queue: string, job: Job | undefined, error: Error): void {
    this.log.warn(
      {
        queue,
        job: job?.name,
        jobId: job?.id,
        attempt: job?.attemptsMade,
        attempts: job?.opts.attempts,
        error: error.message,
        errorName: error.name,
      },
      'Job attempt failed',
    );
  }

  private onBullError(queue: string, error: Error): void {
    // Connection trouble is reported once per outage by RedisConnection; BullMQ repeats it per retry.
    if (CONNECTION_ERROR.test(error.message) || !this.redis.isUp) {
      this.log.debug({ queue, error: error.message }, 'BullMQ connection error');
      return;
    }
    // A job that was running when Redis restarted empty has no key left to finish: nothing is
    // lost that Redis had not already lost, and the schedules are registered again.
    if (MISSING_JOB_KEY.test(error.message)) {
      this.log.warn({ queue, error: error.message }, 'A job vanished with Redis data; skipping it');
      return;
    }
    this.log.error({ queue, err: error }, 'BullMQ error');
  }
}

/** Waits for `work` at most `ms`; true when it settled in time. */
async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
