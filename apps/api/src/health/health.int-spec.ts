import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import type { ReadinessResponse } from '@seraph/contracts';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';

async function readiness(api: TestApp): Promise<{ status: number; body: ReadinessResponse }> {
  const response = await fetch(`${api.url}/health/ready`);
  return { status: response.status, body: (await response.json()) as ReadinessResponse };
}

describe('health probes', () => {
  let redis: PrivateRedis;
  let api: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await api?.close();
    await redis?.kill();
  });

  it('answers liveness without touching dependencies', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('is ready when PostgreSQL and Redis answer', async () => {
    expect(await readiness(api)).toEqual({
      status: 200,
      body: {
        status: 'ok',
        failing: [],
        details: { postgres: { status: 'up' }, redis: { status: 'up' } },
      },
    });
  });

  it('reports Redis down within seconds of it dying, and recovers when it returns', async () => {
    await redis.kill();
    const down = await waitFor(
      '503 naming redis',
      async () => {
        const result = await readiness(api);
        return result.status === 503 && result.body.failing.includes('redis') ? result : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 250 },
    );
    expect(down.body).toEqual({
      status: 'error',
      failing: ['redis'],
      details: {
        postgres: { status: 'up' },
        redis: { status: 'down', message: expect.any(String) },
      },
    });
    // Liveness stays up: the process is fine, only a dependency is missing.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    await redis.start();
    const up = await waitFor(
      '200 after Redis returned',
      async () => {
        const result = await readiness(api);
        return result.status === 200 ? result : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 250 },
    );
    expect(up.body.failing).toEqual([]);
  });

  it('stays ready after PostgreSQL drops every connection of the api', async () => {
    const admin = new DataSource({
      type: 'postgres',
      url: api.database.url.replace(/\/[^/]+$/, '/postgres'),
    });
    await admin.initialize();
    try {
      const [{ count }] = await admin.query(
        `SELECT count(*)::int AS count FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = $1 AND pid <> pg_backend_pid()) AS t`,
        [api.database.name],
      );
      expect(count).toBeGreaterThan(0);
    } finally {
      await admin.destroy();
    }
    await waitFor(
      'ready again after the connections were dropped',
      async () => {
        return (await readiness(api)).status === 200;
      },
      { timeoutMs: 10_000, intervalMs: 250 },
    );
  });
});
