import type { INestApplicationContext } from '@nestjs/common';
import { getFreePort, startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { heartbeatKey, parseHeartbeatRecord } from '../src/heartbeat/heartbeat-record';
import { startWorker } from '../src/start-worker';
import { captureLogs, getHealth, sleep, testConfig, uniquePrefix } from './support/harness';

// The worker keeps running while its Redis (a private redis-server, so other suites are
// undisturbed) is killed and started again empty, as after a crash without persistence.
describe('Redis outage', () => {
  let server: PrivateRedis;
  let app: INestApplicationContext | undefined;
  let port: number;
  const prefix = uniquePrefix('outage');
  const logs = captureLogs();

  beforeAll(async () => {
    server = await startPrivateRedis();
    port = await getFreePort();
    app = await startWorker(
      testConfig({
        REDIS_URL: server.url,
        QUEUE_PREFIX: prefix,
        HEARTBEAT_EVERY_MS: '1000',
        WORKER_HEALTH_PORT: String(port),
      }),
      { logger: logs.logger },
    );
  });

  afterAll(async () => {
    await app?.close();
    await server?.kill(); // takes the test's keys with it
    // BullMQ's blocking-read watchdog (at most ~2 s here) outlives a forced close; let it lapse so
    // jest exits cleanly.
    await sleep(2_500);
  });

  const lastHeartbeat = async () => {
    const redis = new Redis(server.url, {
      lazyConnect: true,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      return parseHeartbeatRecord(await redis.get(heartbeatKey(prefix)));
    } finally {
      redis.disconnect();
    }
  };
  const messages = (msg: string) => logs.lines.filter((line) => line.msg === msg);

  it('reports Redis down while it is gone, and resumes heartbeats by itself when it is back', async () => {
    const before = await waitFor('a heartbeat before the outage', lastHeartbeat);
    expect((await getHealth(port)).status).toBe(200);

    await server.kill();
    const down = await waitFor(
      'the probe to report Redis down',
      async () => {
        const reply = await getHealth(port);
        return reply.status === 503 ? reply : undefined;
      },
      { timeoutMs: 10_000 },
    );
    expect(down.body).toEqual({
      status: 'error',
      redis: 'down',
      database: 'up',
      message: expect.stringMatching(/^Redis is unreachable: /),
    });

    await sleep(3_000); // several reconnect attempts fail meanwhile
    expect((await getHealth(port)).status).toBe(503);

    const restartedAt = Date.now();
    await server.start(); // empty: the job scheduler went with the data
    await waitFor(
      'the probe to report Redis up again',
      async () => (await getHealth(port)).status === 200,
      {
        timeoutMs: 15_000,
      },
    );
    const after = await waitFor(
      'a heartbeat after the restart',
      async () => {
        const beat = await lastHeartbeat();
        return beat && Date.parse(beat.at) >= restartedAt ? beat : undefined;
      },
      { timeoutMs: 15_000 },
    );
    expect(after.workerId).toBe(before.workerId); // same process, no restart

    const queue = new Queue('system', { connection: { url: server.url }, prefix });
    try {
      expect(await queue.getJobSchedulers()).toHaveLength(1); // registered again, once
    } finally {
      await queue.close();
    }
    const health = await getHealth(port);
    expect(health.body).toMatchObject({
      status: 'ok',
      redis: 'up',
      lastHeartbeatAt: expect.any(String),
    });

    // One line when Redis went away and one when it came back, not one per reconnect attempt.
    expect(messages('Lost the Redis connection; jobs pause until it is back')).toHaveLength(1);
    expect(messages('Redis connection restored')).toHaveLength(1);
    // Every scheduled job is registered once at boot and once again after the reconnect.
    const heartbeatRegistrations = messages('Job schedule registered').filter(
      (line) => line.job === 'system.heartbeat',
    );
    expect(heartbeatRegistrations).toHaveLength(2);
    expect(logs.lines.filter((line) => line.level === 'error')).toEqual([]);
  }, 60_000);

  it('still shuts down promptly when Redis is down at that moment', async () => {
    await server.kill();
    await waitFor(
      'the worker to notice',
      () => messages('Lost the Redis connection; jobs pause until it is back').length === 2,
    );
    const closing = Date.now();
    await app!.close(); // BullMQ's graceful close alone would wait for a reconnect forever
    app = undefined;
    expect(Date.now() - closing).toBeLessThan(3_000);
    expect(
      messages('Redis is down: stopping workers without waiting; active jobs will run again later'),
    ).toHaveLength(1);
  });
});
