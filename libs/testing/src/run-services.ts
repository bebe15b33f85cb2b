import { createTestDatabase, type TestDatabase } from './test-database';
import { startPrivateRedis, type PrivateRedis } from './redis-server';

interface RunServices {
  redis?: PrivateRedis;
  database?: TestDatabase;
}

const KEY = '__seraphTestRunServices';

/**
 * For a jest `globalSetup`: one redis-server of the test run's own, exported as TEST_REDIS_URL
 * (which `SHARED_REDIS_URL` reads), and optionally a database exported under `databaseVariable`.
 * Seraph keeps the user's state on fixed Redis keys and channels (`seraph:user-state`,
 * `seraph:events`…), so a test run must never share the machine's Redis with a Seraph in use.
 */
export async function startRunServices(
  options: { databaseVariable?: string; label?: string } = {},
): Promise<void> {
  const [redis, database] = await Promise.all([
    startPrivateRedis(),
    options.databaseVariable ? createTestDatabase(options.label ?? 'run') : undefined,
  ]);
  process.env.TEST_REDIS_URL = redis.url;
  if (database && options.databaseVariable) process.env[options.databaseVariable] = database.url;
  (globalThis as Record<string, unknown>)[KEY] = { redis, database } satisfies RunServices;
}

/** For the matching jest `globalTeardown`. */
export async function stopRunServices(): Promise<void> {
  const services = (globalThis as Record<string, unknown>)[KEY] as RunServices | undefined;
  await Promise.all([services?.redis?.kill(), services?.database?.drop()]);
}
