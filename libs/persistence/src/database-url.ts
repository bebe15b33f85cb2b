/** Where Seraph keeps its data unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@localhost:5432/seraph';

export interface DatabaseTarget {
  url: string;
  database: string;
  host: string;
  port: number;
  /** The same server's `postgres` maintenance database, used to create `database`. */
  maintenanceUrl: string;
}

/**
 * Parses a PostgreSQL URL. Throws an Error whose message is a sentence naming the problem,
 * because callers show it to the person starting Seraph.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`is not a URL; expected something like ${DEFAULT_DATABASE_URL}`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`must start with postgres:// (got ${parsed.protocol}//)`);
  }
  if (!parsed.hostname) {
    throw new Error('has no host name');
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database || database.includes('/')) {
    throw new Error(`must name one database in its path, as in ${DEFAULT_DATABASE_URL}`);
  }
  const maintenance = new URL(parsed.toString());
  maintenance.pathname = '/postgres';
  return {
    url,
    database,
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    maintenanceUrl: maintenance.toString(),
  };
}
