import { Inject, Injectable, Logger } from '@nestjs/common';
import { BROADCAST_CHANNEL, type BroadcastEnvelope, type BroadcastEvents } from '@seraph/contracts';
import type Redis from 'ioredis';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

/**
 * Publishes an event once on the Redis broadcast channel; the relay (in this api and in any
 * other) hands it to every socket. A change is already saved when this runs, so a Redis outage
 * costs the live update only: it is logged, never thrown back at the request.
 */
@Injectable()
export class BroadcastPublisher {
  private readonly logger = new Logger(BroadcastPublisher.name);

  constructor(@Inject(REDIS_COMMANDS) private readonly redis: Redis) {}

  async publish<E extends keyof BroadcastEvents>(
    event: E,
    payload: Parameters<BroadcastEvents[E]>[0],
  ): Promise<boolean> {
    const envelope = { event, payload } as BroadcastEnvelope;
    try {
      await this.redis.publish(BROADCAST_CHANNEL, JSON.stringify(envelope));
      return true;
    } catch (error) {
      this.logger.warn(
        { event, err: error },
        'Could not publish a live update; clients will see it on their next load',
      );
      return false;
    }
  }
}
