import { ConfigError, loadWorkerConfig, maskUrlPassword } from './worker-config';

function errorFor(env: Record<string, string>): string {
  try {
    loadWorkerConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadWorkerConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadWorkerConfig({})).toEqual({
      redis: { url: 'redis://127.0.0.1:6379', displayUrl: 'redis://127.0.0.1:6379' },
      health: { host: '127.0.0.1', port: 3001 },
      queuePrefix: 'seraph',
      heartbeatEveryMs: 60_000,
      log: { level: 'info', format: 'json' },
    });
  });

  it('reads every variable and treats empty values as unset', () => {
    const config = loadWorkerConfig({
      REDIS_URL: 'rediss://:s3cret@cache.internal:6380/2',
      WORKER_HEALTH_PORT: '4001',
      WORKER_HEALTH_HOST: '0.0.0.0',
      QUEUE_PREFIX: 'seraph-test_1',
      HEARTBEAT_EVERY_MS: '1500',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: '',
    });
    expect(config.redis.url).toBe('rediss://:s3cret@cache.internal:6380/2');
    expect(config.health).toEqual({ host: '0.0.0.0', port: 4001 });
    expect(config.queuePrefix).toBe('seraph-test_1');
    expect(config.heartbeatEveryMs).toBe(1500);
    expect(config.log).toEqual({ level: 'debug', format: 'json' });
  });

  it('masks the Redis password in the loggable URL', () => {
    const config = loadWorkerConfig({ REDIS_URL: 'redis://worker:s3cret@cache:6379/0' });
    expect(config.redis.displayUrl).toBe('redis://worker:***@cache:6379/0');
    expect(config.redis.displayUrl).not.toContain('s3cret');
    expect(maskUrlPassword('redis://cache:6379')).toBe('redis://cache:6379');
  });

  it.each([
    [{ REDIS_URL: 'nope' }, 'REDIS_URL must start with redis:// or rediss://'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL must start with redis:// or rediss://'],
    [
      { WORKER_HEALTH_PORT: 'abc' },
      'WORKER_HEALTH_PORT must be a whole number from 0 to 65535 (got "abc")',
    ],
    [
      { WORKER_HEALTH_PORT: '70000' },
      'WORKER_HEALTH_PORT must be a whole number from 0 to 65535 (got 70000)',
    ],
    [{ HEARTBEAT_EVERY_MS: '10' }, 'HEARTBEAT_EVERY_MS must be a whole number from 1000'],
    [{ HEARTBEAT_EVERY_MS: '1.5e3' }, 'HEARTBEAT_EVERY_MS must be a whole number from 1000'],
    [{ QUEUE_PREFIX: 'a:b' }, 'QUEUE_PREFIX must be 1 to 64 letters'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT must be json or pretty (got "xml")'],
  ])('rejects %j with one sentence naming the variable', (env, expected) => {
    const message = errorFor(env);
    expect(message).toContain(expected);
    expect(message).not.toContain('\n');
  });

  it('never echoes a malformed REDIS_URL, which may hold a password', () => {
    const message = errorFor({ REDIS_URL: 'redis//:hunter2@cache' });
    expect(message).toMatch(/^REDIS_URL /);
    expect(message).not.toContain('hunter2');
  });
});
