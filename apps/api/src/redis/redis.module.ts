import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { closeRedisClient, createRedisClient } from './redis-client.factory';
import { REDIS_COMMANDS, REDIS_SUBSCRIBER } from './redis.tokens';

/** The api's two Redis connections, closed when the app shuts down. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_COMMANDS,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => createRedisClient(config.redisUrl, 'commands'),
    },
    {
      provide: REDIS_SUBSCRIBER,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => createRedisClient(config.redisUrl, 'subscriber'),
    },
  ],
  exports: [REDIS_COMMANDS, REDIS_SUBSCRIBER],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS_COMMANDS) private readonly commands: Redis,
    @Inject(REDIS_SUBSCRIBER) private readonly subscriber: Redis,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([closeRedisClient(this.commands), closeRedisClient(this.subscriber)]);
  }
}
