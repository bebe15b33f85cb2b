import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

/** Terminus indicator: Redis is up when it answers PING within the timeout. */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS_COMMANDS) private readonly redis: Redis,
  ) {}

  async pingCheck<Key extends string>(
    key: Key,
    timeoutMs = 1000,
  ): Promise<HealthIndicatorResult<Key>> {
    const check = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer to PING within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    let onReady: (() => void) | undefined;
    // Right after start-up (or mid-reconnect) the client is still connecting; a PING would be
    // refused at once, so give the connection the same time budget before calling Redis down.
    const ready =
      this.redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            onReady = resolve;
            this.redis.once('ready', onReady);
          });
    try {
      const answer = await Promise.race([ready.then(() => this.redis.ping()), timeout]);
      return answer === 'PONG'
        ? check.up()
        : check.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      const message = this.redis.status === 'ready' ? describeRedisError(error) : 'not connected';
      return check.down({ message });
    } finally {
      clearTimeout(timer);
      if (onReady) this.redis.off('ready', onReady);
    }
  }
}

function describeRedisError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // ioredis' wording for "not connected and the offline queue is off".
  return /enableOfflineQueue|Stream isn't writeable|Connection is closed/i.test(message)
    ? 'not connected'
    : message;
}
