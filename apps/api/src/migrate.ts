import { loadMigrateConfig } from './config/migrate-config.schema';
import { openMigratedDataSource } from './database/open-migrated-data-source';
import { createRootLogger } from './logging/root-logger';
import { exitWithStartupFailure } from './startup-failure';

/**
 * One-shot entry for a compose `migrate` service: creates the database when missing, applies
 * pending migrations, exits 0. The api runs the same steps at start-up, so this is optional locally.
 */
async function migrate(): Promise<void> {
  const config = loadMigrateConfig(process.env);
  const logger = createRootLogger(config.log, 'seraph-migrate');
  const dataSource = await openMigratedDataSource(config.databaseUrl, logger, 'seraph-migrate');
  await dataSource.destroy();
  logger.info('The database is up to date');
}

migrate().then(
  () => process.exit(0),
  (error: unknown) => exitWithStartupFailure('Seraph migrate', error),
);
