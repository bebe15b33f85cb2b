import { createTestDatabase, dropDatabase, TEST_POSTGRES_ADMIN_URL } from '@seraph/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource, ensureDatabase, MIGRATIONS, runMigrations } from '../src';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('ensureDatabase (real PostgreSQL)', () => {
  const name = `seraph_ensure_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(TEST_POSTGRES_ADMIN_URL), { pathname: `/${name}` }).toString();
  afterAll(() => dropDatabase(name));

  it('creates a missing database once, even when two processes race', async () => {
    const created = await Promise.all([ensureDatabase(url), ensureDatabase(url)]);
    expect(created.filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(await ensureDatabase(url)).toBe(false);
    const rows = await query<{ datname: string }>(
      TEST_POSTGRES_ADMIN_URL,
      `SELECT datname FROM pg_database WHERE datname = '${name}'`,
    );
    expect(rows).toHaveLength(1);
  });
});

describe('runMigrations (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase('migrations');
  });
  afterAll(() => db.drop());

  it('applies every migration exactly once when two processes start together', async () => {
    const a = createDataSource({ url: db.url });
    const b = createDataSource({ url: db.url });
    await Promise.all([a.initialize(), b.initialize()]);
    try {
      const [first, second] = await Promise.all([runMigrations(a), runMigrations(b)]);
      expect([...first, ...second].sort()).toEqual(MIGRATIONS.map((m) => new m().name).sort());
      expect(await runMigrations(a)).toEqual([]);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
    const recorded = await query<{ name: string }>(db.url, 'SELECT name FROM migrations');
    expect(recorded.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => new m().name).sort());
    const installation = await query<{ id: number }>(db.url, 'SELECT id FROM installation');
    expect(installation).toEqual([{ id: 1 }]);
  });

  it('leaves nothing for a generated migration to add (schema matches the entities)', async () => {
    const ds = createDataSource({ url: db.url });
    await ds.initialize();
    try {
      await runMigrations(ds);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
