import { REDIS_KEYS } from '@seraph/contracts';
import { ChatMessageEntity } from '@seraph/persistence';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';

/**
 * When the user last did something: the api's record in Redis (chat, changes, clicks, the web
 * app's activity pings), or — when Redis lost it — their newest chat message.
 */
export async function lastInteraction(redis: Redis, dataSource: DataSource): Promise<Date | null> {
  const recorded = await redis.get(REDIS_KEYS.lastInteraction);
  const fromRedis = recorded ? new Date(recorded) : null;
  if (fromRedis && !Number.isNaN(fromRedis.getTime())) return fromRedis;
  const message = await dataSource.getRepository(ChatMessageEntity).findOne({
    where: { role: 'user' },
    order: { createdAt: 'DESC' },
    select: { createdAt: true },
  });
  return message?.createdAt ?? null;
}
