import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { HealthModule } from './health/health.module';
import { HeartbeatModule } from './heartbeat/heartbeat.module';
import { ROOT_LOGGER, type Logger } from './logging/logger';
import type { QueueDefinitions } from './queues/queue-table';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';
import { WORKER_ID } from './worker-id';

export interface WorkerModuleOptions {
  config: WorkerConfig;
  logger: Logger;
  workerId: string;
  /** Replaces the production queue and job tables (tests only). */
  definitions?: QueueDefinitions;
  /** Extra feature modules, e.g. a test's own job processors. */
  imports?: ModuleMetadata['imports'];
}

/** What every feature may inject: the validated config, the root logger, this process's id. */
@Global()
@Module({})
class RuntimeModule {
  static forRoot({ config, logger, workerId }: WorkerModuleOptions): DynamicModule {
    const providers = [
      { provide: WORKER_CONFIG, useValue: config },
      { provide: ROOT_LOGGER, useValue: logger },
      { provide: WORKER_ID, useValue: workerId },
    ];
    return { module: RuntimeModule, providers, exports: providers.map((p) => p.provide) };
  }
}

/**
 * The worker: feature modules, each owning one concern. A new job is a module with a provider
 * marked `@JobProcessor('<name>')`, a row in the job table, and (for a new queue) a row in the queue
 * table; the queue runner wires it up.
 */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        RuntimeModule.forRoot(options),
        RedisModule,
        QueuesModule.forRoot(options.definitions),
        HeartbeatModule,
        HealthModule,
        ...(options.imports ?? []),
      ],
    };
  }
}
