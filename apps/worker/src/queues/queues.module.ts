import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import {
  PRODUCTION_QUEUE_DEFINITIONS,
  QUEUE_DEFINITIONS,
  type QueueDefinitions,
} from './queue-table';
import { QueueRunner } from './queue-runner';

@Module({})
export class QueuesModule {
  /** `definitions` defaults to the typed production tables; tests pass their own. */
  static forRoot(definitions: QueueDefinitions = PRODUCTION_QUEUE_DEFINITIONS): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [{ provide: QUEUE_DEFINITIONS, useValue: definitions }, QueueRunner],
      exports: [QueueRunner],
    };
  }
}
