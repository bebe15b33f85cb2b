import {
  createDataSource,
  InsightEntity,
  runMigrations,
  SettingsEntity,
} from '@seraph/persistence';
import { createTestDatabase, type TestDatabase } from '@seraph/testing';
import type { DataSource } from 'typeorm';
import {
  deliverBriefing,
  deliverQueued,
  listInsights,
  offerInsight,
  queuedCount,
  seraphSessionTail,
  type InsightCandidate,
} from '../src';

const NOON = new Date('2026-11-25T12:00:00Z');
let originSeq = 0;
const candidate = (fields: Partial<InsightCandidate> = {}): InsightCandidate => ({
  text: 'Take a short walk.',
  urgency: 3,
  type: 'nudge',
  goalIds: [],
  originKey: `test:${++originSeq}`,
  ...fields,
});

describe('insight delivery (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;

  const seraphTexts = async (): Promise<string[]> =>
    (
      (await ds.query(
        `SELECT m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
         WHERE s.title = 'Seraph' ORDER BY m.seq`,
      )) as { content: string }[]
    ).map((row) => row.content);
  const budget = async () =>
    (await ds.getRepository(SettingsEntity).findOneByOrFail({ id: 1 })).attentionBudgetRemaining;

  beforeAll(async () => {
    db = await createTestDatabase('insights');
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await runMigrations(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query('DELETE FROM insights');
    await ds.query('DELETE FROM briefings');
    await ds.query('DELETE FROM chat_sessions');
    await ds.getRepository(SettingsEntity).update(
      { id: 1 },
      {
        interruptionMode: 'balanced',
        attentionBudgetRemaining: 5,
        attentionBudgetDate: '2026-11-25',
      },
    );
  });

  it('delivers into a "Seraph" session it creates, spending one interruption, and announces it', async () => {
    const result = await offerInsight(ds, candidate({ text: '  Stretch now.  ' }), {
      now: NOON,
      userState: 'available',
    });
    expect(result.outcome).toBe('delivered');
    expect(result.proactive).toMatchObject({ text: 'Stretch now.', urgency: 3, type: 'nudge' });
    expect(result.budgetRemaining).toBe(4);
    expect(await budget()).toBe(4);
    expect(await seraphTexts()).toEqual(['Stretch now.']);
    expect(await seraphSessionTail(ds)).toMatchObject({ role: 'assistant' });
  });

  it('queues while the user is in a meeting, and a second offer with the same origin is a duplicate', async () => {
    const first = candidate();
    expect((await offerInsight(ds, first, { now: NOON, userState: 'in_meeting' })).outcome).toBe(
      'queued',
    );
    const again = await offerInsight(
      ds,
      { ...first, text: 'Other words' },
      {
        now: NOON,
        userState: 'available',
      },
    );
    expect(again.outcome).toBe('duplicate');
    expect(await queuedCount(ds)).toBe(1);
    expect(await budget()).toBe(5);
  });

  it('treats the same type about the same goals within 24 h as a repeat, whatever the order of ids', async () => {
    const goals = ['6f1c1d6e-0000-4000-8000-000000000001', '6f1c1d6e-0000-4000-8000-000000000002'];
    await offerInsight(ds, candidate({ goalIds: goals }), { now: NOON, userState: 'available' });
    const repeat = await offerInsight(
      ds,
      candidate({ goalIds: [...goals].reverse(), text: 'Reworded' }),
      { now: new Date(NOON.getTime() + 23 * 3_600_000), userState: 'available' },
    );
    expect(repeat.outcome).toBe('repeat');
    const later = await offerInsight(ds, candidate({ goalIds: goals }), {
      now: new Date(NOON.getTime() + 25 * 3_600_000),
      userState: 'available',
    });
    expect(later.outcome).toBe('delivered');
  });

  it('never spends more than the budget when offers race', async () => {
    const offers = Array.from({ length: 12 }, (_, i) =>
      offerInsight(ds, candidate({ text: `Insight ${i}` }), { now: NOON, userState: 'available' }),
    );
    const outcomes = (await Promise.all(offers)).map((result) => result.outcome);
    expect(outcomes.filter((o) => o === 'delivered')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'queued')).toHaveLength(7);
    expect(await budget()).toBe(0);
  });

  it('starts a fresh budget on a new local day', async () => {
    await ds
      .getRepository(SettingsEntity)
      .update({ id: 1 }, { attentionBudgetRemaining: 0, attentionBudgetDate: '2026-11-24' });
    const result = await offerInsight(ds, candidate(), { now: NOON, userState: 'available' });
    expect(result.outcome).toBe('delivered');
    expect(await budget()).toBe(4);
  });

  it('delivers the queue once, bundled, even when two deliveries run at the same moment', async () => {
    for (const text of ['First thing.', 'Second thing.']) {
      await offerInsight(ds, candidate({ text }), { now: NOON, userState: 'away' });
    }
    const [a, b] = await Promise.all([
      deliverQueued(ds, 'requested', NOON),
      deliverQueued(ds, 'requested', NOON),
    ]);
    expect(a.insights.length + b.insights.length).toBe(2);
    expect([a.proactive.length, b.proactive.length].sort()).toEqual([0, 2]);
    const texts = await seraphTexts();
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('• First thing.');
    expect(texts[0]).toContain('• Second thing.');
    expect(await queuedCount(ds)).toBe(0);
    expect(await budget()).toBe(5);
    expect((await listInsights(ds, 'delivered')).map((i) => i.deliveredAt)).toEqual([
      NOON.toISOString(),
      NOON.toISOString(),
    ]);
  });

  it('writes one briefing per kind and day, carrying the queued insights', async () => {
    await offerInsight(ds, candidate({ text: 'Held back.' }), {
      now: NOON,
      userState: 'deep_work',
    });
    const input = {
      kind: 'daily' as const,
      localDate: '2026-11-25',
      body: 'Good morning.',
      now: NOON,
    };
    const [first, second] = await Promise.all([
      deliverBriefing(ds, input),
      deliverBriefing(ds, input),
    ]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    const texts = await seraphTexts();
    expect(texts).toEqual(['Good morning.\n\nAlso waiting for you:\n• Held back.']);
    expect(await ds.getRepository(InsightEntity).countBy({ status: 'queued' })).toBe(0);
    expect((await deliverBriefing(ds, { ...input, kind: 'evening' })).created).toBe(true);
  });

  it('creates the Seraph session again when the user deleted it', async () => {
    await offerInsight(ds, candidate(), { now: NOON, userState: 'available' });
    await ds.query('DELETE FROM chat_sessions');
    await offerInsight(ds, candidate({ text: 'After the delete.' }), {
      now: NOON,
      userState: 'available',
    });
    expect(await seraphTexts()).toEqual(['After the delete.']);
  });
});
