import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { heartbeatKey, parseHeartbeatRecord } from '../heartbeat/heartbeat-record';
import { runWithTimeout } from '../queues/run-with-timeout';

type Dependency = 'up' | 'down';

/**
 * Body of the worker's `GET /health`: 200 when Redis and PostgreSQL answer, 503 otherwise with
 * each dependency's state and a message naming what is down.
 */
export type WorkerHealthBody =
  | { status: 'ok'; redis: 'up'; database: 'up'; lastHeartbeatAt: string | null }
  | { status: 'error'; redis: Dependency; database: Dependency; message: string };

export const PING_TIMEOUT_MS = 1_000;

async function pingRedis(probe: Redis, queuePrefix: string, timeoutMs: number) {
  const [pong, last] = await runWithTimeout(
    () => Promise.all([probe.ping(), probe.get(heartbeatKey(queuePrefix))]),
    timeoutMs,
    'PING',
  );
  if (pong !== 'PONG') throw new Error(`unexpected PING reply ${JSON.stringify(pong)}`);
  return parseHeartbeatRecord(last)?.at ?? null;
}

/** Asks Redis (PING and the last heartbeat) and PostgreSQL (SELECT 1), each within `timeoutMs`. Never throws. */
export async function checkHealth(
  probe: Redis,
  queuePrefix: string,
  dataSource: DataSource,
  timeoutMs = PING_TIMEOUT_MS,
): Promise<{ statusCode: 200 | 503; body: WorkerHealthBody }> {
  const [redis, database] = await Promise.allSettled([
    pingRedis(probe, queuePrefix, timeoutMs),
    runWithTimeout(() => dataSource.query('SELECT 1'), timeoutMs, 'SELECT 1'),
  ]);
  if (redis.status === 'fulfilled' && database.status === 'fulfilled') {
    return {
      statusCode: 200,
      body: { status: 'ok', redis: 'up', database: 'up', lastHeartbeatAt: redis.value },
    };
  }
  const reason = (result: PromiseRejectedResult) =>
    result.reason instanceof Error ? result.reason.message : String(result.reason);
  const problems = [
    redis.status === 'rejected' ? `Redis is unreachable: ${reason(redis)}` : null,
    database.status === 'rejected' ? `PostgreSQL is unreachable: ${reason(database)}` : null,
  ].filter(Boolean);
  return {
    statusCode: 503,
    body: {
      status: 'error',
      redis: redis.status === 'fulfilled' ? 'up' : 'down',
      database: database.status === 'fulfilled' ? 'up' : 'down',
      message: problems.join('; '),
    },
  };
}
