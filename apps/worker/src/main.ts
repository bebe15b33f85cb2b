import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError, loadWorkerConfig, type WorkerConfig } from './config/worker-config';
import { createLogger, type Logger } from './logging/logger';
import { startWorker } from './start-worker';

function cannotStart(reason: string): never {
  // One sentence on stderr, no stack: the operator fixes a variable, not the code.
  process.stderr.write(`Seraph worker cannot start: ${reason}\n`);
  process.exit(1);
}

/** SIGTERM/SIGINT: stop taking jobs, let active ones finish, close connections, exit 0. */
function exitOnSignals(app: INestApplicationContext, log: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'Second signal: exiting without waiting for active jobs');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'Shutting down');
    app.close().then(
      () => {
        log.info('Shutdown complete');
        log.flush();
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'Shutdown failed');
        log.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadWorkerConfig();
  } catch (error) {
    if (error instanceof ConfigError) cannotStart(error.message);
    throw error;
  }
  let log: Logger;
  try {
    log = createLogger(config.log);
  } catch (error) {
    // LOG_FORMAT=pretty needs pino-pretty, a development dependency absent from production installs.
    cannotStart(`LOG_FORMAT=${config.log.format} cannot be used: ${(error as Error).message}`);
  }
  process.on('unhandledRejection', (reason) =>
    log.error({ err: reason }, 'Unhandled promise rejection'),
  );

  let app: INestApplicationContext;
  try {
    app = await startWorker(config, { logger: log });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.fatal({ reason }, 'Worker failed to start');
    log.flush();
    cannotStart(reason);
  }
  exitOnSignals(app, log);
  log.info(
    { queuePrefix: config.queuePrefix, heartbeatEveryMs: config.heartbeatEveryMs },
    'Seraph worker started',
  );
}

void main();
