import { startRunServices } from '@seraph/testing';

/**
 * One redis-server and one database for the whole worker test run (TEST_REDIS_URL,
 * WORKER_TEST_DATABASE_URL): a booted worker publishes the user's state on fixed keys and channels,
 * which must never reach the machine's shared Redis. Suites that assert on those keys start a
 * redis-server of their own on top.
 */
export default function globalSetup(): Promise<void> {
  return startRunServices({ databaseVariable: 'WORKER_TEST_DATABASE_URL', label: 'worker' });
}
