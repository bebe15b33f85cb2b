export { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from './database-url';
export { ensureDatabase, quoteIdentifier } from './ensure-database';
export { createDataSource, type DataSourceOptions } from './data-source.factory';
export { runMigrations } from './run-migrations';
export { MIGRATIONS } from './migrations';
