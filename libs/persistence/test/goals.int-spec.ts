import { createTestDatabase, type TestDatabase } from '@seraph/testing';
import type { DataSource } from 'typeorm';
import { createDataSource, GoalEntity, runMigrations } from '../src';

describe('goals table (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let rootId: string;

  beforeAll(async () => {
    db = await createTestDatabase('goals_table');
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await runMigrations(ds);
    const [root] = (await ds.query(
      `INSERT INTO goals (title, level) VALUES ('Root', 'annual') RETURNING id`,
    )) as { id: string }[];
    rootId = root.id;
    await ds.query(`INSERT INTO goals (title, parent_id) VALUES ('Child', $1)`, [rootId]);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('fills the product defaults and returns due dates as calendar strings', async () => {
    const saved = await ds
      .getRepository(GoalEntity)
      .save({ title: 'Walk', dueDate: '2026-03-01' } as GoalEntity);
    const row = await ds.getRepository(GoalEntity).findOneByOrFail({ id: saved.id });
    expect(row).toMatchObject({
      title: 'Walk',
      notes: null,
      level: 'daily',
      domain: 'productivity',
      status: 'active',
      parentId: null,
      dueDate: '2026-03-01',
      progress: 0,
      completedAt: null,
    });
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.createdAt).toBeInstanceOf(Date);
  });

  it.each([
    ['a blank title', `INSERT INTO goals (title) VALUES ('   ')`],
    ['a title over 200 characters', `INSERT INTO goals (title) VALUES (repeat('x', 201))`],
    [
      'notes over 5000 characters',
      `INSERT INTO goals (title, notes) VALUES ('t', repeat('x', 5001))`,
    ],
    ['an unknown level', `INSERT INTO goals (title, level) VALUES ('t', 'decade')`],
    ['an unknown domain', `INSERT INTO goals (title, domain) VALUES ('t', 'wealth')`],
    ['an unknown status', `INSERT INTO goals (title, status) VALUES ('t', 'done')`],
    ['progress above 100', `INSERT INTO goals (title, progress) VALUES ('t', 101)`],
    ['negative progress', `INSERT INTO goals (title, progress) VALUES ('t', -1)`],
    [
      'completed without completed_at',
      `INSERT INTO goals (title, status) VALUES ('t', 'completed')`,
    ],
    ['completed_at on an open goal', `INSERT INTO goals (title, completed_at) VALUES ('t', now())`],
    ['an unknown parent', `INSERT INTO goals (title, parent_id) VALUES ('t', gen_random_uuid())`],
    ['a goal as its own parent', `UPDATE goals SET parent_id = id WHERE title = 'Root'`],
    ['deleting a goal that has children', `DELETE FROM goals WHERE title = 'Root'`],
  ])('refuses %s', async (_what, sql) => {
    await expect(ds.query(sql)).rejects.toThrow(/violates (check|foreign key|not-null)|too long/);
  });

  it('deletes a whole subtree in one statement', async () => {
    await ds.query(`DELETE FROM goals WHERE id = $1 OR parent_id = $1`, [rootId]);
    const left = (await ds.query(`SELECT title FROM goals ORDER BY title`)) as { title: string }[];
    expect(left.map((g) => g.title)).toEqual(['Walk']);
  });
});
