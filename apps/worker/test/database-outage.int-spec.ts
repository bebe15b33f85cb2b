import {
  createTestDatabase,
  getFreePort,
  startPrivateRedis,
  waitFor,
  type PrivateRedis,
} from '@seraph/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { startWorker } from '../src/start-worker';
import { captureLogs, getHealth, testConfig, uniquePrefix } from './support/harness';

describe('worker health probe and the database', () => {
  let redis: PrivateRedis;
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    redis = await startPrivateRedis();
  });
  afterAll(async () => {
    await app?.close();
    await redis?.kill();
  });

  it('reports PostgreSQL down by name (503) while Redis is fine', async () => {
    const database = await createTestDatabase('worker_db_outage');
    const port = await getFreePort();
    app = await startWorker(
      testConfig({
        REDIS_URL: redis.url,
        DATABASE_URL: database.url,
        QUEUE_PREFIX: uniquePrefix('db-outage'),
        WORKER_HEALTH_PORT: String(port),
      }),
      { logger: captureLogs().logger },
    );
    const up = await waitFor('a healthy probe', async () => {
      const reply = await getHealth(port);
      return reply.status === 200 ? reply : undefined;
    });
    expect(up.body).toMatchObject({ status: 'ok', redis: 'up', database: 'up' });

    await database.drop(); // ends every connection, and the database is gone
    const down = await getHealth(port);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      status: 'error',
      redis: 'up',
      database: 'down',
      message: expect.stringMatching(/^PostgreSQL is unreachable: /),
    });
  });
});
