import { STRATEGIST_QUEUE, STRATEGIST_TICK_JOB } from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { freezeClock, type TestClock } from '../../test/clock';
import { http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';
import { QUEUE_UNAVAILABLE_MESSAGE } from './strategist.examples';

const QUEUE_PREFIX = `test-strategist-${process.pid}`;

describe('strategist api: POST /api/strategist/run', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let connection: Redis;
  let queue: Queue;
  let clock: TestClock;

  const jobs = () => queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);

  beforeAll(async () => {
    // A Redis of its own, so it can be taken away without disturbing other suites.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url, QUEUE_PREFIX } });
    connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on('error', () => undefined);
    queue = new Queue(STRATEGIST_QUEUE, { connection, prefix: QUEUE_PREFIX });
    queue.on('error', () => undefined);
    clock = freezeClock(api.app, '2026-11-25T20:47:12.000Z');
  });

  afterAll(async () => {
    await queue?.close();
    await connection?.quit();
    await api?.close();
    await redis?.kill();
  });

  it('answers 202 with the job id and leaves strategist.tick {manual: true} waiting', async () => {
    const { body } = await http(api).post('/api/strategist/run').expect(202);
    expect(body).toEqual({ jobId: 'manual-2026-11-25T20-47' });

    const waiting = await jobs();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({
      id: 'manual-2026-11-25T20-47',
      name: STRATEGIST_TICK_JOB,
      data: { manual: true },
    });
    expect(waiting[0]!.opts).toMatchObject({ attempts: 3 });
  });

  it('does not pile up presses within one minute; the next minute gets its own job', async () => {
    clock.set('2026-11-25T20:47:59.000Z');
    const { body } = await http(api).post('/api/strategist/run').expect(202);
    expect(body).toEqual({ jobId: 'manual-2026-11-25T20-47' });
    expect((await jobs()).map((job) => job.id)).toEqual(['manual-2026-11-25T20-47']);

    clock.set('2026-11-25T20:48:00.000Z');
    const next = await http(api).post('/api/strategist/run').expect(202);
    expect(next.body).toEqual({ jobId: 'manual-2026-11-25T20-48' });
    expect((await jobs()).map((job) => job.id).sort()).toEqual([
      'manual-2026-11-25T20-47',
      'manual-2026-11-25T20-48',
    ]);
  });

  it('refuses a query parameter', async () => {
    const { body } = await http(api).post('/api/strategist/run?force=1').expect(400);
    expect(body.details).toEqual([{ field: 'force', rule: 'is not a known field' }]);
  });

  it('answers 503 in the error shape, within seconds, while Redis is unreachable', async () => {
    await redis.kill();
    try {
      clock.set('2026-11-25T21:00:00.000Z');
      const started = Date.now();
      const { body } = await http(api).post('/api/strategist/run').expect(503);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: QUEUE_UNAVAILABLE_MESSAGE,
      });
    } finally {
      // Back before shutdown, so the queues close politely.
      await redis.start();
    }
    // The refused enqueue may still reach Redis once it is back; its id keeps it a single job.
    await waitFor(
      'the api to reach the job queue again',
      async () => {
        const response = await http(api).post('/api/strategist/run');
        return response.status === 202 ? true : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    );
    expect((await jobs()).filter((job) => job.id === 'manual-2026-11-25T21-00')).toHaveLength(1);
  });
});
