import type { INestApplicationContext } from '@nestjs/common';
import { getFreePort, SHARED_REDIS_URL, waitFor } from '@seraph/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import {
  heartbeatKey,
  parseHeartbeatRecord,
  type HeartbeatRecord,
} from '../src/heartbeat/heartbeat-record';
import { startWorker } from '../src/start-worker';
import { captureLogs, deleteKeys, getHealth, testConfig, uniquePrefix } from './support/harness';

const SCHEDULE_ID = 'system.heartbeat';
const JOB_ID = /^repeat:system\.heartbeat:(\d+)$/;

describe('system.heartbeat schedule', () => {
  const prefix = uniquePrefix('heartbeat');
  const queue = new Queue('system', { connection: { url: SHARED_REDIS_URL }, prefix });
  const redis = new Redis(SHARED_REDIS_URL);
  const running = new Set<INestApplicationContext>();
  const logs = captureLogs();

  const boot = async (everyMs: number) => {
    const port = await getFreePort();
    const app = await startWorker(
      testConfig({
        REDIS_URL: SHARED_REDIS_URL,
        QUEUE_PREFIX: prefix,
        HEARTBEAT_EVERY_MS: String(everyMs),
        WORKER_HEALTH_PORT: String(port),
      }),
      { logger: logs.logger },
    );
    running.add(app);
    return { app, port };
  };
  const stop = async (app: INestApplicationContext) => {
    await app.close();
    running.delete(app);
  };
  const lastHeartbeat = async (): Promise<HeartbeatRecord | null> =>
    parseHeartbeatRecord(await redis.get(heartbeatKey(prefix)));
  const completedIds = async () => (await queue.getCompleted(0, -1)).map((job) => String(job.id));

  afterAll(async () => {
    await Promise.all([...running].map((app) => app.close()));
    await queue.close();
    await deleteKeys(SHARED_REDIS_URL, prefix);
    redis.disconnect();
  });

  it('is registered exactly once across a restart and two workers at once, and keeps running', async () => {
    const first = await boot(1_000);
    const firstBeat = await waitFor('a first heartbeat', lastHeartbeat);
    expect(firstBeat.jobId).toMatch(JOB_ID);
    expect(await queue.getJobSchedulers()).toHaveLength(1);
    await stop(first.app);

    // Restart, with a second worker booting at the same moment.
    const [a, b] = await Promise.all([boot(1_000), boot(1_000)]);
    const restartedAt = Date.now();
    const before = (await completedIds()).length;
    await waitFor(
      'three heartbeats after the restart',
      async () => (await completedIds()).length >= before + 3,
      { timeoutMs: 8_000 },
    );

    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: SCHEDULE_ID,
      name: 'system.heartbeat',
      every: 1_000,
    });

    // One job per period: all from the one scheduler, never two inside the same second.
    const ids = await completedIds();
    const times = ids.map((id) => Number(JOB_ID.exec(id)?.[1])).sort((x, y) => x - y);
    expect(times.every(Number.isFinite)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);

    // The visible state: heartbeat:last is the newest completed job's return value, and fresh.
    const beat = await lastHeartbeat();
    expect(beat).not.toBeNull();
    expect(Date.parse(beat!.at)).toBeGreaterThanOrEqual(restartedAt - 1_000);
    const newest = await queue.getJob(beat!.jobId);
    expect(newest?.returnvalue).toEqual(beat);
    expect(logs.lines.filter((l) => l.msg === 'Heartbeat recorded').length).toBeGreaterThanOrEqual(
      4,
    );
    expect(logs.lines.find((l) => l.msg === 'Heartbeat recorded')).toMatchObject({
      job: 'system.heartbeat',
      jobId: expect.stringMatching(JOB_ID),
      workerId: expect.any(String),
    });

    // Both probes report the same last heartbeat.
    const health = await getHealth(a.port);
    expect(health).toEqual({
      status: 200,
      body: {
        status: 'ok',
        redis: 'up',
        database: 'up',
        lastHeartbeatAt: expect.any(String),
      },
    });
    expect((await getHealth(b.port)).status).toBe(200);

    await Promise.all([stop(a.app), stop(b.app)]);
  });

  it('takes a changed HEARTBEAT_EVERY_MS on the next boot, still as one scheduler', async () => {
    const { app } = await boot(5_000);
    await waitFor('the scheduler to be updated to 5 s', async () => {
      const schedulers = await queue.getJobSchedulers();
      return schedulers.length === 1 && schedulers[0].every === 5_000;
    });
    expect(await queue.getJobSchedulers()).toHaveLength(1);
    await stop(app);
  });
});
