import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createTestDatabase,
  getFreePort,
  SHARED_REDIS_URL,
  type TestDatabase,
} from '@seraph/testing';
import type { Logger } from 'pino';
import { createApp } from '../src/app.factory';
import type { ApiConfig } from '../src/config/api-config';
import { loadApiConfig } from '../src/config/api-config.schema';

export interface TestApp {
  app: NestExpressApplication;
  config: ApiConfig;
  /** http://127.0.0.1:<port> */
  url: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  /** Share a database between apps of one suite; the caller drops it. Default: a fresh one. */
  database?: TestDatabase;
  logger?: Logger;
}

/**
 * The real api in-process on a free port, against a throw-away database and (unless REDIS_URL is
 * given) the shared Redis. Logs are silent and no web build is served unless the env says so.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase('api'));
  const port = await getFreePort();
  const config = loadApiConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    REDIS_URL: SHARED_REDIS_URL,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: join(tmpdir(), 'seraph-no-web-build'),
    LLM_LOG_DIR: join(tmpdir(), 'seraph-test-llm-logs'),
    ...options.env,
  });
  const app = await createApp(config, { logger: options.logger });
  await app.listen(port, '127.0.0.1');
  return {
    app,
    config,
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await app.close();
      if (ownDatabase) await database.drop();
    },
  };
}
