import { Inject, Injectable, Logger } from '@nestjs/common';
import { toUserState } from '@seraph/attention';
import { USER_STATE_REDIS_KEY, type UserState } from '@seraph/contracts';
import type Redis from 'ioredis';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

/**
 * The user's current state. The worker will compute it (calendar, activity, time of day) and keep
 * it in Redis under `seraph:user-state` as a bare name such as `deep_work`; until then, and
 * whenever the key is missing, holds no known state or Redis cannot be reached, it is `available`.
 */
@Injectable()
export class UserStateReader {
  private readonly logger = new Logger(UserStateReader.name);

  constructor(@Inject(REDIS_COMMANDS) private readonly redis: Redis) {}

  async current(): Promise<UserState> {
    try {
      return toUserState(await this.redis.get(USER_STATE_REDIS_KEY));
    } catch (error) {
      this.logger.warn(
        { err: error },
        'Could not read the user state from Redis; assuming available',
      );
      return 'available';
    }
  }
}
