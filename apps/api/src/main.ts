import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import type { ApiConfig } from './config/api-config';
import { loadApiConfig } from './config/api-config.schema';
import { createRootLogger } from './logging/root-logger';
import { exitWithStartupFailure } from './startup-failure';

const PROGRAM = 'Seraph api';
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** validate config → ensure database → migrate → assemble Nest → listen. */
async function main(): Promise<void> {
  let config: ApiConfig;
  try {
    config = loadApiConfig(process.env);
  } catch (error) {
    exitWithStartupFailure(PROGRAM, error);
  }
  const target = { host: config.host, port: config.port };
  try {
    const logger = createRootLogger({ level: config.logLevel, format: config.logFormat });
    // Loaded after the configuration is known to be valid, so a wrong variable is reported at once.
    const { createApp } = await import('./app.factory');
    const app = await createApp(config, { logger });
    await app.listen(config.port, config.host);
    stopOnSignals(app, logger);
    logger.info(
      {
        url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
      },
      'Seraph api is listening',
    );
  } catch (error) {
    exitWithStartupFailure(PROGRAM, error, target);
  }
}

/**
 * SIGTERM / SIGINT close the app (sockets, HTTP, Redis, database) and exit 0. Nest's
 * enableShutdownHooks would re-raise the signal afterwards, ending with 143 instead of 0.
 */
function stopOnSignals(app: INestApplication, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS} ms; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    app.close().then(
      () => {
        logger.info('Stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
