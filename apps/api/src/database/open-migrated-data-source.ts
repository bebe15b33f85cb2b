import { createDataSource, ensureDatabase, runMigrations } from '@seraph/persistence';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DatabaseStartupError } from './database-startup.error';

/**
 * The start-up database sequence shared by the api and the migrate entry: create the database
 * when it is missing, connect, apply pending migrations. Returns the initialized DataSource;
 * any failure is a `DatabaseStartupError` naming the server.
 */
export async function openMigratedDataSource(
  url: string,
  logger: Logger,
  applicationName = 'seraph-api',
): Promise<DataSource> {
  const dataSource = createDataSource({ url, applicationName });
  try {
    if (await ensureDatabase(url)) logger.info('Created the database named in DATABASE_URL');
    await dataSource.initialize();
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) logger.info({ migrations: applied }, 'Applied database migrations');
    return dataSource;
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw new DatabaseStartupError(url, error);
  }
}
