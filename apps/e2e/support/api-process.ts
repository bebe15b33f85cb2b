import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createTestDatabase,
  getFreePort,
  SHARED_REDIS_URL,
  waitFor,
  type TestDatabase,
} from '@seraph/testing';

const API_ENTRY = resolve(__dirname, '../../api/dist/main.js');

export interface RunningApi {
  baseUrl: string;
  port: number;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts the built api as production runs it (serving the built web app) on a throw-away database. */
export async function startApi(
  env: Record<string, string> = {},
  database?: TestDatabase,
): Promise<RunningApi> {
  const db: TestDatabase = database ?? (await createTestDatabase('e2e'));
  const port = await getFreePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [API_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      REDIS_URL: SHARED_REDIS_URL,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    }
    if (!database) await db.drop();
  };
  try {
    await waitFor(
      'the api to answer /health/ready',
      async () => {
        if (child.exitCode !== null) throw new Error(`api exited early: ${output}`);
        return (await fetch(`${baseUrl}/health/ready`)).ok;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, output: () => output, stop };
}
