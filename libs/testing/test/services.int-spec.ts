import Redis from 'ioredis';
import { Client } from 'pg';
import { createTestDatabase, startPrivateRedis, waitFor } from '../src';

describe('test services', () => {
  it('creates a throw-away database that accepts connections and is gone after drop()', async () => {
    const db = await createTestDatabase('selftest');
    const client = new Client({ connectionString: db.url });
    client.on('error', () => undefined); // drop() terminates this connection on purpose
    await client.connect();
    expect((await client.query('SELECT current_database() AS name')).rows[0].name).toBe(db.name);
    await db.drop(); // with the connection still open: drop must force it
    await client.end().catch(() => undefined);
    const probe = new Client({ connectionString: db.url });
    await expect(probe.connect()).rejects.toThrow(/does not exist/);
  });

  it('runs a private Redis that can be killed and brought back on the same port', async () => {
    const redis = await startPrivateRedis();
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    client.on('error', () => undefined);
    try {
      expect(await client.ping()).toBe('PONG');
      await redis.kill();
      await expect(client.ping()).rejects.toThrow();
      await redis.start();
      await waitFor('the client to reconnect', async () => (await client.ping()) === 'PONG');
    } finally {
      client.disconnect();
      await redis.kill();
    }
  });

  it('names what it waited for when waiting times out', async () => {
    await expect(
      waitFor('a thing that never happens', () => false, { timeoutMs: 200 }),
    ).rejects.toThrow(/a thing that never happens/);
  });
});
