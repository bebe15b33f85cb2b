import { Global, Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { BroadcastModule } from './broadcast/broadcast.module';
import { CLOCK, systemClock, type Clock } from './clock/clock';
import { DatabaseModule } from './database/database.module';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { HealthModule } from './health/health.module';
import { AttentionStateModule } from './attention-state/attention-state.module';
import { BriefingsModule } from './briefings/briefings.module';
import { CalendarModule } from './calendar/calendar.module';
import { HeartbeatModule } from './heartbeat/heartbeat.module';
import { LlmModule } from './llm/llm.module';
import { StrategistModule } from './strategist/strategist.module';
import { ROOT_LOGGER, type Logger } from './logging/logger';
import { productionDefinitions, type QueueDefinitions } from './queues/queue-table';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';
import { WORKER_ID } from './worker-id';

export interface WorkerModuleOptions {
  config: WorkerConfig;
  logger: Logger;
  workerId: string;
  dataSource: DataSource;
  /** "Now" for every rule (tests set it); the system clock by default. */
  clock?: Clock;
  /** Replaces the production queue and job tables (tests only). */
  definitions?: QueueDefinitions;
  /** Extra feature modules, e.g. a test's own job processors. */
  imports?: ModuleMetadata['imports'];
}

/** What every feature may inject: the validated config, the root logger, this process's id. */
@Global()
@Module({})
class RuntimeModule {
  static forRoot({ config, logger, workerId, clock }: WorkerModuleOptions): DynamicModule {
    const providers = [
      { provide: WORKER_CONFIG, useValue: config },
      { provide: ROOT_LOGGER, useValue: logger },
      { provide: WORKER_ID, useValue: workerId },
      { provide: CLOCK, useValue: clock ?? systemClock },
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
        DatabaseModule.register(options.dataSource),
        BroadcastModule,
        QueuesModule.forRoot(
          options.definitions ?? productionDefinitions(options.config.agent.timeouts.strategistMs),
        ),
        LlmModule,
        AttentionStateModule,
        HeartbeatModule,
        StrategistModule,
        BriefingsModule,
        CalendarModule,
        HealthModule,
        ...(options.imports ?? []),
      ],
    };
  }
}
