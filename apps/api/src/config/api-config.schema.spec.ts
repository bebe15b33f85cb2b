import { DEFAULT_DATABASE_URL } from '@seraph/persistence';
import { ConfigError, DEFAULT_WEB_DIST_DIR, isLoopback, loadApiConfig } from './api-config.schema';
import { loadMigrateConfig } from './migrate-config.schema';

function failure(env: Record<string, string>): string {
  try {
    loadApiConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadApiConfig', () => {
  it('starts on loopback with the documented defaults when nothing is set', () => {
    expect(loadApiConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: DEFAULT_DATABASE_URL,
      redisUrl: 'redis://127.0.0.1:6379',
      apiToken: undefined,
      allowUnauthenticated: false,
      logLevel: 'info',
      logFormat: 'json',
      webDistDir: DEFAULT_WEB_DIST_DIR,
      queuePrefix: 'seraph',
      agent: expect.objectContaining({ configured: false }),
      calendar: {
        google: {
          clientId: undefined,
          clientSecret: undefined,
          refreshToken: undefined,
          apiRootUrl: 'https://www.googleapis.com/',
          authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
          tokenUrl: 'https://oauth2.googleapis.com/token',
        },
        secretKey: undefined,
      },
      publicUrl: 'http://localhost:3000',
    });
    expect(DEFAULT_WEB_DIST_DIR).toMatch(/apps[/\\]web[/\\]dist$/);
  });

  it('reads every variable', () => {
    const config = loadApiConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://app:pw@db:5432/seraph',
      REDIS_URL: 'rediss://cache:6380',
      SERAPH_API_TOKEN: 'a-very-long-secret-token',
      SERAPH_ALLOW_UNAUTHENTICATED: 'false',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'pretty',
      WEB_DIST_DIR: '/srv/web',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      redisUrl: 'rediss://cache:6380',
      apiToken: 'a-very-long-secret-token',
      logLevel: 'debug',
      logFormat: 'pretty',
      webDistDir: '/srv/web',
    });
  });

  it('treats empty values (VAR= in an env file) as unset', () => {
    expect(loadApiConfig({ SERAPH_API_TOKEN: '', PORT: '', WEB_DIST_DIR: '' })).toMatchObject({
      apiToken: undefined,
      port: 3000,
      webDistDir: DEFAULT_WEB_DIST_DIR,
    });
  });

  it('names DATABASE_URL and shows a valid example when it is not a URL', () => {
    expect(failure({ DATABASE_URL: 'nope' })).toBe(
      `DATABASE_URL is not a URL; expected something like ${DEFAULT_DATABASE_URL}`,
    );
    expect(failure({ DATABASE_URL: 'mysql://x@y/z' })).toMatch(
      /^DATABASE_URL must start with postgres:\/\//,
    );
  });

  it('never repeats the database URL, which may hold a password', () => {
    // A made-up password the test looks for; not a credential.
    // secretlint-disable-next-line @secretlint/secretlint-rule-database-connection-string
    expect(failure({ DATABASE_URL: 'mysql://user:hunter2@db/seraph' })).not.toContain('hunter2');
  });

  it.each([['abc'], ['0'], ['70000'], ['3000.5'], ['-1']])('refuses PORT=%s', (port) => {
    expect(failure({ PORT: port })).toBe(
      `PORT must be a whole number from 1 to 65535 (got "${port}")`,
    );
  });

  it('wants a redis:// or rediss:// REDIS_URL', () => {
    expect(failure({ REDIS_URL: 'http://localhost:6379' })).toMatch(
      /^REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(failure({ REDIS_URL: 'localhost' })).toMatch(/^REDIS_URL is not a URL/);
  });

  it('wants a token of at least 16 characters and does not repeat it', () => {
    const message = failure({ SERAPH_API_TOKEN: 'short-secret' });
    expect(message).toMatch(/^SERAPH_API_TOKEN must be at least 16 characters/);
    expect(message).not.toContain('short-secret');
  });

  it('accepts only known log levels and formats', () => {
    expect(failure({ LOG_LEVEL: 'verbose' })).toBe(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    );
    expect(failure({ LOG_FORMAT: 'xml' })).toBe('LOG_FORMAT must be json or pretty (got "xml")');
  });

  it('reports every wrong variable in one sentence', () => {
    const message = failure({ PORT: 'abc', LOG_FORMAT: 'xml' });
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_FORMAT');
    expect(message).not.toContain('\n');
  });

  it('refuses a non-loopback HOST without a token, naming both ways out', () => {
    const message = failure({ HOST: '0.0.0.0' });
    expect(message).toContain('HOST=0.0.0.0');
    expect(message).toContain('SERAPH_API_TOKEN');
    expect(message).toContain('SERAPH_ALLOW_UNAUTHENTICATED=true');
  });

  it('allows a non-loopback HOST with a token or the explicit opt-out', () => {
    expect(loadApiConfig({ HOST: '0.0.0.0', SERAPH_API_TOKEN: 'x'.repeat(16) }).host).toBe(
      '0.0.0.0',
    );
    expect(loadApiConfig({ HOST: '::', SERAPH_ALLOW_UNAUTHENTICATED: 'true' })).toMatchObject({
      host: '::',
      allowUnauthenticated: true,
    });
    expect(failure({ SERAPH_ALLOW_UNAUTHENTICATED: 'yes please' })).toMatch(
      /^SERAPH_ALLOW_UNAUTHENTICATED must be true or false/,
    );
  });
});

describe('isLoopback', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'LOCALHOST'])(
    '%s is loopback',
    (host) => {
      expect(isLoopback(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '192.168.1.10', 'seraph.local', '128.0.0.1'])('%s is not', (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe('loadMigrateConfig', () => {
  it('needs only DATABASE_URL and the log settings, ignoring api-only variables', () => {
    expect(loadMigrateConfig({ HOST: '0.0.0.0', PORT: 'abc' })).toEqual({
      databaseUrl: DEFAULT_DATABASE_URL,
      log: { level: 'info', format: 'json' },
    });
    expect(() => loadMigrateConfig({ DATABASE_URL: 'nope' })).toThrow(/^DATABASE_URL is not a URL/);
  });
});

describe('Google Calendar variables', () => {
  const problem = (env: Record<string, string>) => {
    try {
      loadApiConfig(env);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected a ConfigError');
  };

  it('reads the client, the key and the public URL', () => {
    const config = loadApiConfig({
      PORT: '3100',
      GOOGLE_CLIENT_ID: 'id.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'client-secret',
      SECRET_KEY: 'ab'.repeat(32),
      PUBLIC_URL: 'https://seraph.example.com/',
    });
    expect(config.calendar.google).toMatchObject({
      clientId: 'id.apps.googleusercontent.com',
      clientSecret: 'client-secret',
    });
    expect(config.calendar.secretKey).toEqual(Buffer.from('ab'.repeat(32), 'hex'));
    expect(config.publicUrl).toBe('https://seraph.example.com');
  });

  it('names the variable in one sentence, never echoing the key', () => {
    expect(problem({ SECRET_KEY: 'not-a-key' })).toBe(
      'SECRET_KEY must be 64 hex characters or the base64 of 32 bytes (generate one with: openssl rand -hex 32)',
    );
    expect(problem({ GOOGLE_CLIENT_ID: 'id' })).toMatch(
      /^GOOGLE_CLIENT_SECRET must be set when GOOGLE_CLIENT_ID is set/,
    );
    expect(problem({ GOOGLE_REFRESH_TOKEN: 'r' })).toMatch(
      /^GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set/,
    );
    expect(problem({ PUBLIC_URL: 'seraph.local' })).toBe(
      'PUBLIC_URL must be an http:// or https:// URL (got "seraph.local")',
    );
  });
});
