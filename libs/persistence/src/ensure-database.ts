import { Client } from 'pg';
import { parseDatabaseUrl } from './database-url';

const DUPLICATE_DATABASE = '42P04';
// Two CREATE DATABASE statements racing collide on the catalog's unique index instead.
const UNIQUE_VIOLATION = '23505';

/**
 * Creates the database named in `url` when it does not exist yet, so a fresh machine needs no
 * manual `createdb`. Returns true when it created it. Safe when two processes race.
 */
export async function ensureDatabase(url: string, connectTimeoutMs = 5000): Promise<boolean> {
  const target = parseDatabaseUrl(url);
  const probe = new Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: database does not exist
  } finally {
    await probe.end().catch(() => undefined);
  }

  const admin = new Client({
    connectionString: target.maintenanceUrl,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(target.database)}`);
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === DUPLICATE_DATABASE || code === UNIQUE_VIOLATION) return false;
    throw error;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
