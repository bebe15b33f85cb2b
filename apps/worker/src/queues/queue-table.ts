import type { KeepJobs } from 'bullmq';

/**
 * Every queue the worker consumes. Adding a name here without a row in {@link QUEUE_TABLE} does not
 * compile, and neither does a row that leaves out a setting.
 */
export const QUEUE_NAMES = ['system', 'strategist', 'briefings', 'calendar'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface QueueSettings {
  /** Attempts per job, the first included. */
  attempts: number;
  /** Wait between attempts. */
  backoff: { type: 'fixed' | 'exponential'; delay: number };
  /** Deadline of one attempt: its AbortSignal fires and the attempt fails (BullMQ has no such limit). */
  timeoutMs: number;
  /** Jobs of this queue one worker process runs at once. */
  concurrency: number;
  /** BullMQ lock on an active job; must exceed `timeoutMs`, or a slow job looks stalled and runs twice. */
  lockDuration: number;
  /**
   * How often a worker looks for jobs whose worker died (lock expired) to run them again; BullMQ's
   * default 30 s when unset. A killed worker's job resumes after about lockDuration + this.
   */
  stalledIntervalMs?: number;
  /** Finished jobs kept for inspection (BullMQ's completed and failed sets). */
  removeOnComplete: KeepJobs;
  removeOnFail: KeepJobs;
}

const HOUR = 60 * 60;

/** One table per queue: the only place queue behaviour is tuned. */
export const QUEUE_TABLE = {
  system: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 1_000 },
    timeoutMs: 10_000,
    concurrency: 1,
    lockDuration: 30_000,
    removeOnComplete: { age: 24 * HOUR, count: 500 },
    removeOnFail: { age: 7 * 24 * HOUR, count: 1_000 },
  },
  // A tick asks the model at most once; 60 s covers a slow provider, the lock a little more.
  strategist: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    timeoutMs: 60_000,
    concurrency: 1,
    lockDuration: 90_000,
    removeOnComplete: { age: 7 * 24 * HOUR, count: 1_000 },
    removeOnFail: { age: 7 * 24 * HOUR, count: 1_000 },
  },
  briefings: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    timeoutMs: 90_000,
    concurrency: 1,
    lockDuration: 120_000,
    removeOnComplete: { age: 30 * 24 * HOUR, count: 500 },
    removeOnFail: { age: 30 * 24 * HOUR, count: 500 },
  },
  // One request to Google (plus a token refresh) per scan; transitions only recompute state.
  calendar: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    timeoutMs: 30_000,
    concurrency: 1,
    lockDuration: 45_000,
    removeOnComplete: { age: 24 * HOUR, count: 500 },
    removeOnFail: { age: 7 * 24 * HOUR, count: 1_000 },
  },
} satisfies Record<QueueName, QueueSettings>;

/** Every job name, and the queue that carries it. A job runs on exactly one queue. */
export const JOB_TABLE = {
  'system.heartbeat': { queue: 'system' },
  'strategist.tick': { queue: 'strategist' },
  'briefing.daily': { queue: 'briefings' },
  'briefing.evening': { queue: 'briefings' },
  'calendar.scan': { queue: 'calendar' },
  'calendar.transition': { queue: 'calendar' },
} as const satisfies Record<string, { queue: QueueName }>;
export type JobName = keyof typeof JOB_TABLE;

/**
 * What the runner needs at run time. The typed tables above are the production value; tests
 * substitute their own (a short timeout, a queue without a processor) through {@link QUEUE_DEFINITIONS}.
 */
export interface QueueDefinitions {
  queues: Readonly<Record<string, QueueSettings>>;
  jobs: Readonly<Record<string, { queue: string }>>;
}

export const QUEUE_DEFINITIONS = Symbol('QUEUE_DEFINITIONS');

export const PRODUCTION_QUEUE_DEFINITIONS: QueueDefinitions = {
  queues: QUEUE_TABLE,
  jobs: JOB_TABLE,
};

/** Rules the type system cannot state; checked by a unit test and again when the worker boots. */
export function checkQueueSettings(name: string, settings: QueueSettings): void {
  if (settings.lockDuration <= settings.timeoutMs) {
    throw new Error(
      `Queue "${name}": lockDuration (${settings.lockDuration} ms) must exceed timeoutMs (${settings.timeoutMs} ms)`,
    );
  }
  if (settings.attempts < 1 || settings.concurrency < 1 || settings.timeoutMs < 1) {
    throw new Error(`Queue "${name}": attempts, concurrency and timeoutMs must be at least 1`);
  }
}

/**
 * The production tables with the strategist's deadline from AGENT_STRATEGIST_TIMEOUT_S (its lock
 * half as long again, so a slow tick is never mistaken for a dead one).
 */
export function productionDefinitions(strategistTimeoutMs: number): QueueDefinitions {
  return {
    queues: {
      ...QUEUE_TABLE,
      strategist: {
        ...QUEUE_TABLE.strategist,
        timeoutMs: strategistTimeoutMs,
        lockDuration: Math.max(
          QUEUE_TABLE.strategist.lockDuration,
          Math.ceil(strategistTimeoutMs * 1.5),
        ),
      },
    },
    jobs: JOB_TABLE,
  };
}
