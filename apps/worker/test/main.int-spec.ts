import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { getFreePort, SHARED_REDIS_URL, waitFor } from '@seraph/testing';
import { deleteKeys, getHealth, uniquePrefix } from './support/harness';

// The built entry point, as production runs it (nx builds it before this target's tests).
const MAIN = join(__dirname, '..', 'dist', 'main.js');

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs dist/main.js with only the given variables (plus PATH), nothing inherited from the test run. */
function runWorker(vars: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: process.env.WORKER_TEST_DATABASE_URL ?? '',
      ...vars,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('node dist/main.js', () => {
  const prefix = uniquePrefix('main');
  const running: ChildProcess[] = [];

  afterAll(async () => {
    for (const child of running)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await deleteKeys(SHARED_REDIS_URL, prefix);
  });

  it.each([
    ['REDIS_URL', { REDIS_URL: 'nope' }, 'REDIS_URL must start with redis:// or rediss://'],
    [
      'HEARTBEAT_EVERY_MS',
      { HEARTBEAT_EVERY_MS: '10' },
      'HEARTBEAT_EVERY_MS must be a whole number from 1000',
    ],
  ])(
    'refuses a malformed %s with one sentence on stderr and exit code 1',
    async (_name, vars, expected) => {
      const worker = runWorker(vars);
      const { code } = await worker.exited;
      expect(code).toBe(1);
      const stderr = worker.stderr();
      expect(stderr.startsWith(`Seraph worker cannot start: ${expected}`)).toBe(true);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(worker.stdout()).toBe('');
    },
  );

  it('exits 1 naming the health port when it is taken', async () => {
    const port = await getFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const worker = runWorker({
        REDIS_URL: SHARED_REDIS_URL,
        QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(port),
      });
      running.push(worker.child);
      const { code } = await worker.exited;
      expect(code).toBe(1);
      expect(worker.stderr()).toContain(
        `Seraph worker cannot start: the health probe cannot listen on 127.0.0.1:${port}`,
      );
      expect(worker.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it('runs heartbeats, answers its probe, logs JSON without the Redis password, and exits 0 on SIGTERM', async () => {
    const port = await getFreePort();
    // The shared Redis has no password; ioredis warns and goes on, which lets us check redaction.
    const redisUrl = SHARED_REDIS_URL.replace('redis://', 'redis://:not-a-real-secret@');
    const worker = runWorker({
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(port),
      HEARTBEAT_EVERY_MS: '1000',
    });
    running.push(worker.child);

    await waitFor('a heartbeat in the logs', () =>
      worker.stdout().includes('"msg":"Heartbeat recorded"'),
    );
    const health = await waitFor('the probe to report a heartbeat', async () => {
      const reply = await getHealth(port);
      return reply.body.lastHeartbeatAt ? reply : undefined;
    });
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      redis: 'up',
      database: 'up',
      lastHeartbeatAt: expect.any(String),
    });
    expect(await getHealth(port, '/nope')).toEqual({
      status: 404,
      body: { status: 'error', message: 'Not found: GET /nope' },
    });

    const stoppingAt = Date.now();
    worker.child.kill('SIGTERM');
    const { code, signal } = await worker.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - stoppingAt).toBeLessThan(5_000);

    const lines = jsonLines(worker.stdout()); // throws if any stdout line is not JSON
    const heartbeat = lines.find((line) => line.msg === 'Heartbeat recorded');
    expect(heartbeat).toMatchObject({
      level: 'info',
      job: 'system.heartbeat',
      jobId: expect.any(String),
    });
    expect(lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['Shutting down', 'Workers stopped', 'Shutdown complete']),
    );
    expect(lines.find((line) => line.msg === 'Connecting to Redis')?.redis).toBe(
      SHARED_REDIS_URL.replace('redis://', 'redis://:***@'),
    );
    expect(worker.stdout() + worker.stderr()).not.toContain('not-a-real-secret');
  });
});
