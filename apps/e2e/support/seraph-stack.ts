import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createTestDatabase,
  getFreePort,
  startPrivateRedis,
  waitFor,
  type PrivateRedis,
  type TestDatabase,
} from '@seraph/testing';
import { startApi, type RunningApi } from './api-process';

const WORKER_ENTRY = resolve(__dirname, '../../worker/dist/main.js');

export interface SeraphStack {
  api: RunningApi;
  redis: PrivateRedis;
  database: TestDatabase;
  workerOutput: () => string;
  stop(): Promise<void>;
}

/**
 * The built api and worker as production runs them, sharing a throw-away database and a
 * redis-server of their own (the worker publishes the user's state on fixed keys and channels).
 * `env` goes to both (e.g. the OpenAI stand-in as their model).
 */
export async function startStack(env: Record<string, string> = {}): Promise<SeraphStack> {
  const [redis, database] = await Promise.all([startPrivateRedis(), createTestDatabase('stack')]);
  const shared = { REDIS_URL: redis.url, DATABASE_URL: database.url, QUEUE_PREFIX: 'e2e', ...env };
  const api = await startApi(shared, database);
  const healthPort = await getFreePort();
  let output = '';
  const worker: ChildProcess = spawn(process.execPath, [WORKER_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      ...shared,
      WORKER_HEALTH_PORT: String(healthPort),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  worker.stdout?.on('data', (chunk) => (output += chunk));
  worker.stderr?.on('data', (chunk) => (output += chunk));
  const stop = async () => {
    if (worker.exitCode === null && worker.signalCode === null) {
      await new Promise<void>((done) => {
        worker.once('exit', () => done());
        worker.kill('SIGTERM');
      });
    }
    await api.stop();
    await redis.kill();
    await database.drop();
  };
  try {
    await waitFor(
      'the worker to answer its health probe',
      async () => {
        if (worker.exitCode !== null) throw new Error(`worker exited early: ${output}`);
        return (await fetch(`http://127.0.0.1:${healthPort}/health`)).ok;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { api, redis, database, workerOutput: () => output, stop };
}
