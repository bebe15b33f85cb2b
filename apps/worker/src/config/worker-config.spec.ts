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
  it('names the variable and its rule for the strategist, calendar, database and model settings', () => {
    expect(errorFor({ STRATEGIST_INTERVAL_MIN: '0' })).toBe(
      'STRATEGIST_INTERVAL_MIN must be a whole number from 1 to 1440 (got 0)',
    );
    expect(errorFor({ CALENDAR_SCAN_INTERVAL_MIN: 'often' })).toBe(
      'CALENDAR_SCAN_INTERVAL_MIN must be a whole number from 1 to 1440 (got "often")',
    );
    expect(errorFor({ DATABASE_URL: 'mysql://db/seraph' })).toMatch(
      /^DATABASE_URL must start with postgres:\/\//,
    );
    expect(errorFor({ LLM_BASE_URL: 'ftp://models' })).toBe(
      'LLM_BASE_URL must be an http:// or https:// URL',
    );
  });

  it('reads the model settings the api reads, so both use the same provider', () => {
    const { agent, database } = loadWorkerConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_MODEL: 'llama3.1',
      DATABASE_URL: 'postgres://seraph:pw@db:5432/seraph',
    });
    expect(agent.configured).toBe(true);
    expect(agent.llm).toMatchObject({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' });
    expect(database.displayUrl).toBe('postgres://seraph:***@db:5432/seraph');
  });

  it('applies the documented defaults', () => {
    // The model and calendar sections have tests of their own.
    const { agent, calendar: _calendar, ...rest } = loadWorkerConfig({});
    expect(rest).toEqual({
      redis: { url: 'redis://127.0.0.1:6379', displayUrl: 'redis://127.0.0.1:6379' },
      health: { host: '127.0.0.1', port: 3001 },
      queuePrefix: 'seraph',
      heartbeatEveryMs: 60_000,
      log: { level: 'info', format: 'json' },
      database: {
        url: 'postgres://postgres@localhost:5432/seraph',
        displayUrl: 'postgres://postgres@localhost:5432/seraph',
      },
      strategistIntervalMin: 15,
      calendarScanIntervalMin: 15,
    });
    expect(agent.configured).toBe(false);
    expect(agent.timeouts.strategistMs).toBe(60_000);
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
