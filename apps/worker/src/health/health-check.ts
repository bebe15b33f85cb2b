import type Redis from 'ioredis';
import { heartbeatKey, parseHeartbeatRecord } from '../heartbeat/heartbeat-record';

/** Body of the worker's `GET /health`: 200 when Redis answers, 503 otherwise. */
export type WorkerHealthBody =
  | { status: 'ok'; redis: 'up'; lastHeartbeatAt: string | null }
  | { status: 'error'; redis: 'down'; message: string };

export const PING_TIMEOUT_MS = 1_000;

/** PINGs Redis (and reads the last heartbeat) within `timeoutMs`. Never throws. */
export async function checkHealth(
  probe: Redis,
  queuePrefix: string,
  timeoutMs = PING_TIMEOUT_MS,
): Promise<{ statusCode: 200 | 503; body: WorkerHealthBody }> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer to PING within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const [pong, last] = await Promise.race([
      Promise.all([probe.ping(), probe.get(heartbeatKey(queuePrefix))]),
      deadline,
    ]);
    if (pong !== 'PONG') throw new Error(`unexpected PING reply ${JSON.stringify(pong)}`);
    return {
      statusCode: 200,
      body: { status: 'ok', redis: 'up', lastHeartbeatAt: parseHeartbeatRecord(last)?.at ?? null },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      statusCode: 503,
      body: { status: 'error', redis: 'down', message: `Redis is unreachable: ${reason}` },
    };
  } finally {
    clearTimeout(timer);
  }
}
