import 'reflect-metadata';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Entities of this connection; by default every Seraph entity (`ENTITIES`). */
  entities?: MixedList<string | (new (...args: never[]) => unknown) | EntitySchema>;
  /** Shown in pg_stat_activity, so an operator can tell api from worker connections. */
  applicationName?: string;
  poolSize?: number;
}

/** A TypeORM DataSource for PostgreSQL with schema changes only through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // Extensions, like tables, come from migrations (gen_random_uuid() is built into PostgreSQL 13+).
    installExtensions: false,
    migrationsRun: false,
    applicationName: options.applicationName ?? 'seraph',
    poolSize: options.poolSize ?? 10,
    // Fail fast when the server is gone so readiness checks answer within seconds.
    connectTimeoutMS: 3000,
    extra: { connectionTimeoutMillis: 3000, idleTimeoutMillis: 30000 },
  });
}
