import { createTestDatabase, type TestDatabase } from '@seraph/testing';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations, SettingsEntity } from '../src';

describe('settings table (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('settings_table');
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('holds the one row the migration inserted, with the product defaults', async () => {
    const rows = await ds.getRepository(SettingsEntity).find();
    expect(rows).toHaveLength(1);
    const [todayUtc] = (await ds.query(`SELECT (now() AT TIME ZONE 'UTC')::date::text AS d`)) as {
      d: string;
    }[];
    expect(rows[0]).toMatchObject({
      id: 1,
      interruptionMode: 'balanced',
      contextWindowStrategy: 'adaptive',
      timezone: 'UTC',
      briefingTime: '08:00',
      reviewTime: '21:00',
      activeHoursStart: '08:00',
      activeHoursEnd: '22:00',
      attentionBudgetRemaining: 5,
      attentionBudgetDate: todayUtc.d,
    });
    expect(rows[0].updatedAt).toBeInstanceOf(Date);
  });

  it.each([
    ['a second row', `INSERT INTO settings (id, attention_budget_date) VALUES (2, '2025-01-01')`],
    [
      'a duplicate row',
      `INSERT INTO settings (id, attention_budget_date) VALUES (1, '2025-01-01')`,
    ],
    ['an unknown mode', `UPDATE settings SET interruption_mode = 'loud'`],
    ['an unknown strategy', `UPDATE settings SET context_window_strategy = 'infinite'`],
    ['an empty time zone', `UPDATE settings SET timezone = ''`],
    ['a briefing at 24:00', `UPDATE settings SET briefing_time = '24:00'`],
    ['a review at 9:5', `UPDATE settings SET review_time = '9:5'`],
    ['active hours from 08:60', `UPDATE settings SET active_hours_start = '08:60'`],
    ['active hours until xx:yy', `UPDATE settings SET active_hours_end = 'xx:yy'`],
    ['a negative budget', `UPDATE settings SET attention_budget_remaining = -1`],
  ])('refuses %s', async (_what, sql) => {
    await expect(ds.query(sql)).rejects.toThrow(
      /violates (check|unique|primary key)|duplicate key/,
    );
  });
});
