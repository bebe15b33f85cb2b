import type { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every Seraph process.
const MIGRATION_LOCK_KEY = 735_201_771;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so an api and a one-shot migrate
 * job starting together never run the same migration twice. Returns the names applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
