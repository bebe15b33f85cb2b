import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, MIGRATIONS } from '@seraph/persistence';
import {
  dropDatabase,
  getFreePort,
  SHARED_REDIS_URL,
  TEST_POSTGRES_ADMIN_URL,
  waitFor,
} from '@seraph/testing';
import { exitWithin, spawnBuilt, type SpawnedProcess } from '../test/spawn-api';

const STACK_LINE = /^\s+at /m;

function databaseUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Lists what the start-up left in a database: its tables and applied migrations. */
async function inspect(name: string): Promise<{ tables: string[]; migrations: string[] }> {
  const dataSource = createDataSource({ url: databaseUrl(name), applicationName: 'seraph-test' });
  await dataSource.initialize();
  try {
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    const migrations = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    return {
      tables: tables.map((t: { table_name: string }) => t.table_name),
      migrations: migrations.map((m: { name: string }) => m.name),
    };
  } finally {
    await dataSource.destroy();
  }
}

/** Every migration by name, oldest first, as the migrations table records them. */
const ALL_MIGRATIONS = MIGRATIONS.map((migration) => new migration().name);

const newDatabaseName = () => `seraph_api_boot_${process.pid}_${randomBytes(4).toString('hex')}`;

describe('the built api process', () => {
  const running: SpawnedProcess[] = [];
  const createdDatabases: string[] = [];
  const base = {
    REDIS_URL: SHARED_REDIS_URL,
    LOG_LEVEL: 'info',
    WEB_DIST_DIR: join(tmpdir(), 'seraph-no-web-build'),
  };
  const start = (entry: string, env: Record<string, string>) => {
    const spawned = spawnBuilt(entry, { ...base, ...env });
    running.push(spawned);
    return spawned;
  };

  afterAll(async () => {
    for (const spawned of running) {
      if (spawned.child.exitCode === null && spawned.child.signalCode === null)
        spawned.child.kill('SIGKILL');
    }
    await Promise.all(createdDatabases.map((name) => dropDatabase(name)));
  });

  describe('refuses to start with one readable sentence and exit code 1', () => {
    it.each([
      ['DATABASE_URL=nope', { DATABASE_URL: 'nope' }, ['DATABASE_URL', 'postgres://']],
      ['PORT=abc', { PORT: 'abc' }, ['PORT', '1 to 65535']],
      [
        'a short SERAPH_API_TOKEN',
        { SERAPH_API_TOKEN: 'short' },
        ['SERAPH_API_TOKEN', '16 characters'],
      ],
      [
        'HOST=0.0.0.0 without a token',
        { HOST: '0.0.0.0' },
        ['HOST=0.0.0.0', 'SERAPH_API_TOKEN', 'SERAPH_ALLOW_UNAUTHENTICATED=true'],
      ],
    ])('%s', async (_label, env, mentions) => {
      const spawned = start('main.js', env as Record<string, string>);
      const { code } = await exitWithin(spawned, 5000);
      expect(code).toBe(1);
      const stderr = spawned.stderr();
      expect(stderr).toMatch(/^Seraph api cannot start: /);
      for (const mention of mentions) expect(stderr).toContain(mention);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(STACK_LINE);
    });

    it('when PostgreSQL is unreachable, naming it and the host:port', async () => {
      const port = await getFreePort();
      const spawned = start('main.js', {
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/seraph`,
        PORT: String(await getFreePort()),
      });
      const { code } = await exitWithin(spawned, 10_000);
      expect(code).toBe(1);
      expect(spawned.stderr()).toContain(`PostgreSQL at 127.0.0.1:${port}`);
      expect(spawned.stderr()).not.toMatch(STACK_LINE);
    });
  });

  it('creates a missing database, migrates it, serves on a non-loopback HOST when allowed, and stops cleanly on SIGTERM', async () => {
    const name = newDatabaseName();
    createdDatabases.push(name);
    const port = await getFreePort();
    const spawned = start('main.js', {
      HOST: '0.0.0.0',
      SERAPH_ALLOW_UNAUTHENTICATED: 'true',
      PORT: String(port),
      DATABASE_URL: databaseUrl(name),
    });
    await waitFor(
      'the spawned api to be ready',
      async () => {
        if (spawned.child.exitCode !== null) throw new Error(`exited: ${spawned.stderr()}`);
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(
          () => undefined,
        );
        return response?.status === 200;
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );

    expect(await inspect(name)).toEqual({
      tables: expect.arrayContaining(['installation', 'migrations', 'settings']),
      migrations: ALL_MIGRATIONS,
    });

    const stopAt = Date.now();
    spawned.child.kill('SIGTERM');
    const { code } = await exitWithin(spawned, 10_000);
    expect(code).toBe(0);
    expect(Date.now() - stopAt).toBeLessThan(3000);
    // Logs are JSON, one event per line.
    const lines = spawned.stdout().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(
      expect.arrayContaining([
        'Created the database named in DATABASE_URL',
        'Seraph api is listening',
        'Stopped',
      ]),
    );
  });

  it('migrate.js prepares a database and exits 0, leaving it as the api expects', async () => {
    const name = newDatabaseName();
    createdDatabases.push(name);
    const spawned = start('migrate.js', { DATABASE_URL: databaseUrl(name), HOST: '0.0.0.0' });
    const { code } = await exitWithin(spawned, 10_000);
    expect(spawned.stderr()).toBe('');
    expect(code).toBe(0);
    expect((await inspect(name)).migrations).toEqual(ALL_MIGRATIONS);

    const again = start('migrate.js', { DATABASE_URL: databaseUrl(name) });
    expect((await exitWithin(again, 10_000)).code).toBe(0);
  });
});
