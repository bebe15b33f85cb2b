import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { getFreePort, SHARED_REDIS_URL, waitFor } from '@seraph/testing';
import { Queue, type Job } from 'bullmq';
import { JobProcessor, type JobHandler } from '../src/queues/job-processor';
import {
  JOB_TABLE,
  QUEUE_TABLE,
  type JobName,
  type QueueDefinitions,
  type QueueSettings,
} from '../src/queues/queue-table';
import { JobTimeoutError } from '../src/queues/run-with-timeout';
import { startWorker } from '../src/start-worker';
import {
  captureLogs,
  deleteKeys,
  getHealth,
  sleep,
  testConfig,
  uniquePrefix,
} from './support/harness';

// Two test queues beside the production ones: a short deadline, and a long one for slow jobs.
const testQueue = (overrides: Partial<QueueSettings>): QueueSettings => ({
  ...QUEUE_TABLE.system,
  attempts: 1,
  backoff: { type: 'fixed', delay: 50 },
  ...overrides,
});
const definitions: QueueDefinitions = {
  queues: {
    ...QUEUE_TABLE,
    'test-deadline': testQueue({ timeoutMs: 300, lockDuration: 5_000, attempts: 2 }),
    'test-slow': testQueue({ timeoutMs: 10_000, lockDuration: 15_000 }),
  },
  jobs: {
    ...JOB_TABLE,
    'test.stubborn': { queue: 'test-deadline' },
    'test.slow': { queue: 'test-slow' },
  },
};

interface Attempt {
  signal: AbortSignal;
  startedAt: number;
}
const stubbornAttempts: Attempt[] = [];

/** Ignores its AbortSignal and sleeps past the 300 ms deadline. */
@Injectable()
@JobProcessor('test.stubborn' as JobName)
class StubbornProcessor implements JobHandler {
  async handle(_job: Job, signal: AbortSignal) {
    stubbornAttempts.push({ signal, startedAt: Date.now() });
    await sleep(1_500);
    return 'finished anyway';
  }
}

/** Takes `data.ms` and then reports success. */
@Injectable()
@JobProcessor('test.slow' as JobName)
class SlowProcessor implements JobHandler<{ ms: number }, { sleptMs: number }> {
  async handle(job: Job<{ ms: number }>) {
    await sleep(job.data.ms);
    return { sleptMs: job.data.ms };
  }
}

@Module({ providers: [StubbornProcessor, SlowProcessor] })
class TestJobsModule {}

describe('queue runner on real Redis', () => {
  const prefix = uniquePrefix('runner');
  const queues: Queue[] = [];
  const apps: INestApplicationContext[] = [];
  const testQueueFor = (name: string) => {
    const queue = new Queue(name, { connection: { url: SHARED_REDIS_URL }, prefix });
    queues.push(queue);
    return queue;
  };
  const boot = async () => {
    const logs = captureLogs();
    const port = await getFreePort();
    const app = await startWorker(
      testConfig({
        REDIS_URL: SHARED_REDIS_URL,
        QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(port),
      }),
      { logger: logs.logger, definitions, imports: [TestJobsModule] },
    );
    apps.push(app);
    return { app, logs, port };
  };

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
    await Promise.all(queues.map((queue) => queue.close()));
    await deleteKeys(SHARED_REDIS_URL, prefix);
  });

  it('fails an attempt that outlives timeoutMs with a timeout error, aborting its signal', async () => {
    const { app, logs } = await boot();
    const queue = testQueueFor('test-deadline');
    const job = await queue.add(
      'test.stubborn',
      {},
      { attempts: 2, backoff: { type: 'fixed', delay: 50 } },
    );

    const failed = await waitFor(
      'the stubborn job to fail for good',
      async () => ((await job.getState()) === 'failed' ? loadJob(queue, job.id) : undefined),
      { timeoutMs: 8_000 },
    );

    expect(failed.failedReason).toBe(`Job test.stubborn (${job.id}) timed out after 300 ms`);
    expect(failed.attemptsMade).toBe(2);
    expect(failed.returnvalue).toBeNull();
    // Each attempt ended at the deadline, not when the handler's 1.5 s sleep was over.
    expect(failed.finishedOn! - failed.processedOn!).toBeLessThan(1_000);
    expect(stubbornAttempts).toHaveLength(2);
    for (const attempt of stubbornAttempts) {
      expect(attempt.signal.aborted).toBe(true);
      expect(attempt.signal.reason).toBeInstanceOf(JobTimeoutError);
    }
    const failures = logs.lines.filter(
      (l) => l.msg === 'Job attempt failed' && l.job === 'test.stubborn',
    );
    expect(failures.map((l) => l.errorName)).toEqual(['JobTimeoutError', 'JobTimeoutError']);
    await app.close();
  });

  it('on close, stops taking jobs but finishes the active one first', async () => {
    const { app, logs } = await boot();
    const queue = testQueueFor('test-slow');
    const active = await queue.add('test.slow', { ms: 1_500 });
    await waitFor('the slow job to be active', async () => (await active.getState()) === 'active');
    const waiting = await queue.add('test.slow', { ms: 10 });

    const closing = Date.now();
    await app.close();
    const closeTook = Date.now() - closing;

    const done = await loadJob(queue, active.id);
    expect(await done.getState()).toBe('completed');
    expect(done.returnvalue).toEqual({ sleptMs: 1_500 });
    expect(closeTook).toBeGreaterThan(500); // close waited for the job rather than abandoning it
    expect(await (await loadJob(queue, waiting.id)).getState()).toBe('waiting');
    expect(logs.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['Stopping workers; letting active jobs finish', 'Workers stopped']),
    );
    await waiting.remove();
  });

  it('refuses to start when a queue in the table has no processor', async () => {
    const port = await getFreePort();
    const logs = captureLogs();
    const withOrphan: QueueDefinitions = {
      queues: { ...QUEUE_TABLE, 'test-orphan': testQueue({}) },
      jobs: { ...JOB_TABLE, 'test.orphan': { queue: 'test-orphan' } },
    };
    await expect(
      startWorker(
        testConfig({
          REDIS_URL: SHARED_REDIS_URL,
          QUEUE_PREFIX: prefix,
          WORKER_HEALTH_PORT: String(port),
        }),
        { logger: logs.logger, definitions: withOrphan },
      ),
    ).rejects.toThrow(
      `Queue "test-orphan" has no processor for job "test.orphan": add a provider marked @JobProcessor('test.orphan')`,
    );
    // It stopped before opening anything: no probe is listening.
    await expect(getHealth(port)).rejects.toThrow();
    expect(logs.lines.some((l) => l.msg === 'Processing queue')).toBe(false);
  });
});

async function loadJob(queue: Queue, id: string | undefined): Promise<Job> {
  const job = id ? await queue.getJob(id) : undefined;
  if (!job) throw new Error(`job ${id} not found`);
  return job;
}
