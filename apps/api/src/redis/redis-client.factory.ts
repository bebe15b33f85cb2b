import { Logger } from '@nestjs/common';
import Redis, { type RedisOptions } from 'ioredis';

export type RedisRole = 'commands' | 'subscriber';

/** Retry forever, backing off to at most 2 s between attempts, so Redis coming back is noticed fast. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(attempt * 200, 2000);
}

/**
 * An ioredis client that never gives up reconnecting. The `commands` client fails fast while Redis
 * is away (no offline queue, one retry), so readiness answers within its timeout; the `subscriber`
 * queues its SUBSCRIBE until the first connection and re-subscribes after every reconnect.
 */
export function createRedisClient(url: string, role: RedisRole): Redis {
  const logger = new Logger(`Redis(${role})`);
  const options: RedisOptions = {
    connectionName: `seraph-api-${role}`,
    retryStrategy: reconnectDelayMs,
    connectTimeout: 3000,
    ...(role === 'commands'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1 }
      : { enableOfflineQueue: true, maxRetriesPerRequest: null, autoResubscribe: true }),
  };
  const client = new Redis(url, options);

  // ioredis reports every failed reconnect; log the first of an outage and the recovery only.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn(`Redis is unreachable, retrying in the background: ${error.message}`);
  });
  client.on('ready', () => {
    if (down) logger.log('Redis is reachable again');
    down = false;
  });
  return client;
}

/** Closes a client politely when connected, at once otherwise; never throws. */
export async function closeRedisClient(client: Redis, timeoutMs = 1000): Promise<void> {
  const isEnded = () => client.status === 'end';
  if (isEnded()) return;
  const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
  if (client.status === 'ready') {
    client.quit().catch(() => client.disconnect());
  } else {
    client.disconnect();
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([ended, timeout]);
  clearTimeout(timer);
  if (!isEnded()) client.disconnect();
}
