import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import Redis from 'ioredis';
import { loadWorkerConfig, type WorkerConfig } from '../../src/config/worker-config';
import { createLogger, type Logger } from '../../src/logging/logger';

/** A QUEUE_PREFIX no other suite or run uses, so suites can share one Redis. */
export function uniquePrefix(label: string): string {
  return `seraph-test-${label}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** A validated config for an in-process worker: quiet by default, everything overridable. */
export function testConfig(vars: Record<string, string>): WorkerConfig {
  return loadWorkerConfig({ LOG_LEVEL: 'info', DATABASE_URL: testDatabaseUrl(), ...vars });
}

/** The database the worker test run created (test/support/global-setup.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.WORKER_TEST_DATABASE_URL;
  if (!url) throw new Error('WORKER_TEST_DATABASE_URL is unset: run the worker tests through jest');
  return url;
}

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** A pino logger writing into memory, so a test can assert on what the worker logged. */
export function captureLogs(level = 'info'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) {
        if (text.trim()) lines.push(JSON.parse(text) as LogLine);
      }
      done();
    },
  });
  const logger = createLogger(
    { level: level as WorkerConfig['log']['level'], format: 'json' },
    stream,
  );
  return { logger, lines };
}

/** Deletes every key under `<prefix>:`. */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface HealthReply {
  status: number;
  body: Record<string, unknown>;
}

/** GET /health on the worker's probe; throws if nothing answers within 3 s. */
export async function getHealth(port: number, path = '/health'): Promise<HealthReply> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    signal: AbortSignal.timeout(3_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
