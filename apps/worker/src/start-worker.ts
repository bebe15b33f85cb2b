import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { WorkerConfig } from './config/worker-config';
import type { Clock } from './clock/clock';
import { openDataSource } from './database/open-data-source';
import { createLogger, PinoNestLogger, type Logger } from './logging/logger';
import { newWorkerId } from './worker-id';
import { WorkerModule, type WorkerModuleOptions } from './worker.module';

export interface StartWorkerOptions extends Partial<
  Pick<WorkerModuleOptions, 'definitions' | 'imports' | 'workerId'>
> {
  logger?: Logger;
  clock?: Clock;
}

/**
 * Boots the worker as a Nest application context (no HTTP framework): opens and migrates the database, connects to Redis, starts a
 * BullMQ worker per queue, registers schedules and opens the health probe. `app.close()` stops it
 * gracefully. Used by main.ts and, in-process, by the integration tests.
 */
export async function startWorker(
  config: WorkerConfig,
  options: StartWorkerOptions = {},
): Promise<INestApplicationContext> {
  const logger = options.logger ?? createLogger(config.log);
  const dataSource = await openDataSource(config.database.url, config.database.displayUrl, logger);
  const module = WorkerModule.forRoot({
    dataSource,
    clock: options.clock,
    config,
    logger,
    workerId: options.workerId ?? newWorkerId(),
    definitions: options.definitions,
    imports: options.imports,
  });
  try {
    return await NestFactory.createApplicationContext(module, {
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}
