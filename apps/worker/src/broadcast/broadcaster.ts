import { Inject, Injectable } from '@nestjs/common';
import { BROADCAST_CHANNEL, type BroadcastEnvelope, type BroadcastEvents } from '@seraph/contracts';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { RedisConnection } from '../redis/redis-connection';

/**
 * Publishes events for every browser on the Redis channel the api relays, and keeps the latest
 * value of state events in a key so the api can greet a new socket with it.
 */
@Injectable()
export class Broadcaster {
  private readonly log: Logger;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Broadcast' });
  }

  async publish<E extends keyof BroadcastEvents>(
    event: E,
    payload: Parameters<BroadcastEvents[E]>[0],
    stateKey?: string,
  ): Promise<void> {
    const envelope = { event, payload } as BroadcastEnvelope;
    const text = JSON.stringify(envelope);
    if (stateKey) {
      await this.redis.client
        .multi()
        .set(stateKey, JSON.stringify(payload))
        .publish(BROADCAST_CHANNEL, text)
        .exec();
    } else {
      await this.redis.client.publish(BROADCAST_CHANNEL, text);
    }
    this.log.debug({ event }, 'Published');
  }
}
