import { createDataSource, ensureDatabase, runMigrations } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';

/** The database could not be reached or migrated; `message` names the server, not the password. */
export class DatabaseStartupError extends Error {
  override readonly name = 'DatabaseStartupError';
}

/**
 * Creates the database when missing, connects and applies pending migrations (under the advisory
 * lock the api uses too, so api, worker and the migrate job may start together).
 */
export async function openDataSource(
  url: string,
  displayUrl: string,
  log: Logger,
): Promise<DataSource> {
  const dataSource = createDataSource({ url, applicationName: 'seraph-worker' });
  try {
    if (await ensureDatabase(url)) log.info('Created the database named in DATABASE_URL');
    await dataSource.initialize();
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) log.info({ migrations: applied }, 'Applied database migrations');
    return dataSource;
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw new DatabaseStartupError(
      `cannot use the database at ${displayUrl}: ${(error as Error).message}`,
    );
  }
}
