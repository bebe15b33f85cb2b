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
    try {
      const answer = await Promise.race([this.redis.ping(), timeout]);
      return answer === 'PONG'
        ? check.up()
        : check.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return check.down({ message: describeRedisError(error) });
    } finally {
      clearTimeout(timer);
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
