import { createTestDatabase, startPrivateRedis } from '@seraph/testing';

/**
 * One redis-server and one database for the whole worker test run: a booted worker publishes the
 * user's state on fixed keys and channels, which must never reach the machine's shared Redis
 * (other projects' suites, or a Seraph in use on this machine). Suites that assert on those
 * keys start a redis-server of their own on top.
 */
export default async function globalSetup(): Promise<void> {
  const [redis, database] = await Promise.all([startPrivateRedis(), createTestDatabase('worker')]);
  process.env.TEST_REDIS_URL = redis.url;
  process.env.WORKER_TEST_DATABASE_URL = database.url;
  (globalThis as Record<string, unknown>).__workerTestServices = { redis, database };
}
