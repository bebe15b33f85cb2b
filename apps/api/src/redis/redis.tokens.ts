/** ioredis client for commands (PING, PUBLISH, queues later); fails fast while Redis is away. */
export const REDIS_COMMANDS = Symbol('REDIS_COMMANDS');

/** ioredis client in subscriber mode, for the broadcast channel. */
export const REDIS_SUBSCRIBER = Symbol('REDIS_SUBSCRIBER');
