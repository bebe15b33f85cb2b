import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { createApiAuthMiddleware } from './auth/auth.middleware';
import { TokenVerifier } from './auth/token-verifier';
import type { ApiConfig } from './config/api-config';
import { openMigratedDataSource } from './database/open-migrated-data-source';
import { setupOpenApi } from './docs/openapi';
import { createHttpLogger } from './logging/http-logger';
import { createRootLogger } from './logging/root-logger';
import { serveWebApp } from './web/web-app';

export interface CreateAppOptions {
  /** Root logger; by default one is made from the config's LOG_LEVEL and LOG_FORMAT. */
  logger?: Logger;
}

/**
 * Builds the configured api without listening: creates and migrates the database, then assembles
 * Nest with logging, auth, OpenAPI docs and the web app. Callers `listen()` (main) or test it
 * in-process; `close()` releases sockets, Redis and the database.
 */
export async function createApp(
  config: ApiConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const logger =
    options.logger ?? createRootLogger({ level: config.logLevel, format: config.logFormat });
  const dataSource = await openMigratedDataSource(config.databaseUrl, logger);
  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.register({ config, logger, dataSource }),
      { bufferLogs: true, abortOnError: false, forceCloseConnections: true },
    );
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();

  const http = app.getHttpAdapter().getInstance();
  http.disable('x-powered-by');
  // Behind nginx (same host or a compose network), trust its X-Forwarded-Proto for Secure cookies.
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');

  // Order matters: these run before any route, docs and static files included.
  app.use(createHttpLogger(logger));
  app.use('/api', createApiAuthMiddleware(app.get(TokenVerifier)));

  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'health/ready', method: RequestMethod.ALL },
    ],
  });
  setupOpenApi(app);
  if (!serveWebApp(app, config.webDistDir)) {
    logger.warn(
      { webDistDir: config.webDistDir },
      'No built web app found; / explains how to build it (npx nx build @seraph/web)',
    );
  }
  return app;
}
