import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Hands the already migrated DataSource to @nestjs/typeorm, so repositories and terminus'
 * TypeOrmHealthIndicator find it, and Nest destroys it on shutdown.
 */
@Module({})
export class DatabaseModule {
  static register(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSource.options, retryAttempts: 0 }),
          dataSourceFactory: async () => dataSource,
        }),
      ],
    };
  }
}
