import { createTestDatabase, waitFor, type TestDatabase } from '@seraph/testing';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  GOALS_CHANGED_CHANNEL,
  listenForNotifications,
  runMigrations,
  type NotificationListener,
} from '../src';

describe('goals change notifications (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let listener: NotificationListener | undefined;
  const events: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('goals_notify');
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await listener?.close();
    await ds?.destroy();
    await db?.drop();
  });

  const notified = async (what: string, sql: string, params: unknown[] = []) => {
    const before = events.filter((e) => e === 'notify').length;
    await ds.query(sql, params);
    await waitFor(what, async () => events.filter((e) => e === 'notify').length > before, {
      timeoutMs: 5000,
    });
  };

  it('hears every kind of write to goals, from any connection, and re-listens after a loss', async () => {
    listener = listenForNotifications({
      url: db.url,
      channel: GOALS_CHANGED_CHANNEL,
      applicationName: 'seraph-listener-test',
      onNotify: () => events.push('notify'),
      onListening: () => events.push('listening'),
      onLost: () => events.push('lost'),
      retryDelayMs: () => 50,
    });
    await waitFor('listening', async () => listener!.listening, { timeoutMs: 5000 });

    await notified('insert', `INSERT INTO goals (title) VALUES ('a'), ('b')`);
    await notified('update', `UPDATE goals SET progress = 10`);
    await notified('delete', `DELETE FROM goals WHERE title = 'a'`);
    await notified('truncate', `TRUNCATE goals`);
    // One notification per statement, however many rows it touched.
    expect(events.filter((e) => e === 'notify')).toHaveLength(4);

    await ds.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'seraph-listener-test'`,
    );
    await waitFor(
      'lost and listening again',
      async () => {
        const lostAt = events.lastIndexOf('lost');
        return lostAt > 0 && events.lastIndexOf('listening') > lostAt && listener!.listening;
      },
      { timeoutMs: 5000 },
    );
    await notified('insert after reconnect', `INSERT INTO goals (title) VALUES ('c')`);

    await listener.close();
    expect(listener.listening).toBe(false);
    const count = events.length;
    await ds.query(`INSERT INTO goals (title) VALUES ('d')`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toHaveLength(count);
  });
});
