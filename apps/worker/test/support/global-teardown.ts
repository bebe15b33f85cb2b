import type { PrivateRedis, TestDatabase } from '@seraph/testing';

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__workerTestServices as
    { redis: PrivateRedis; database: TestDatabase } | undefined;
  if (!services) return;
  await Promise.all([services.redis.kill(), services.database.drop()]);
}
