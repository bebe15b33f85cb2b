import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { BROADCAST_CHANNEL } from '@seraph/contracts';
import type Redis from 'ioredis';
import { REDIS_SUBSCRIBER } from '../redis/redis.tokens';
import { parseBroadcastEnvelope } from './broadcast-envelope';
import { RealtimeGateway } from './realtime.gateway';

/**
 * Subscribes to the Redis broadcast channel and hands each valid `BroadcastEnvelope` to the
 * gateway, so any process (the worker, another api) can reach every browser.
 */
@Injectable()
export class BroadcastRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(BroadcastRelay.name);

  constructor(
    @Inject(REDIS_SUBSCRIBER) private readonly subscriber: Redis,
    private readonly gateway: RealtimeGateway,
  ) {}

  onApplicationBootstrap(): void {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== BROADCAST_CHANNEL) return;
      const parsed = parseBroadcastEnvelope(message);
      if (!parsed.ok) {
        this.logger.warn({ channel, reason: parsed.reason }, 'Ignored a malformed broadcast');
        return;
      }
      this.gateway.broadcast(parsed.envelope);
    });
    // Not awaited: while Redis is away the SUBSCRIBE waits in the subscriber's queue, and ioredis
    // subscribes again after every reconnect.
    this.subscriber.subscribe(BROADCAST_CHANNEL).catch((error: Error) => {
      this.logger.error({ err: error }, `Could not subscribe to ${BROADCAST_CHANNEL}`);
    });
  }
}
