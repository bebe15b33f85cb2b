import { InsightEntity, SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import { startOpenAIStandIn, type OpenAIStandIn, type ScriptedReply } from '@seraph/testing';
import type { TickResult } from '../src/strategist/strategist-runs';
import { startSeraphWorker, touch, type SeraphWorker } from './support/seraph-worker';

const offer = (goalIds: string[], fields: Record<string, unknown> = {}): ScriptedReply => ({
  toolCalls: [
    {
      name: 'offer_insight',
      arguments: {
        text: 'Time for one small step on it.',
        urgency: 3,
        type: 'nudge',
        goalIds,
        ...fields,
      },
    },
  ],
  usage: { promptTokens: 120, completionTokens: 30 },
});
const NOTHING: ScriptedReply = {
  text: 'nothing',
  usage: { promptTokens: 100, completionTokens: 1 },
};

describe('strategist.tick with a model (OpenAI stand-in, real BullMQ, Redis and Postgres)', () => {
  let llm: OpenAIStandIn;
  let worker: SeraphWorker;
  let seq = 0;
  const tick = (data: object = {}) =>
    worker.run<TickResult>('strategist', 'strategist.tick', `test-tick-${++seq}`, data);
  const modelCalls = () => llm.requests.length;

  beforeAll(async () => {
    llm = await startOpenAIStandIn();
    worker = await startSeraphWorker({ llm });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await llm?.close();
  });
  beforeEach(async () => {
    llm.reset();
    llm.setFallback(NOTHING);
    worker.clock.set('2026-11-25T10:00:00Z');
    await worker.db.query('DELETE FROM strategist_runs');
    await worker.db.query('DELETE FROM insights');
    await worker.setSettings({
      interruptionMode: 'balanced',
      attentionBudgetRemaining: 5,
      attentionBudgetDate: '2026-11-25',
    });
    await worker.db.query('DELETE FROM goals');
    await touch(worker);
    worker.events.length = 0;
  });

  it('asks the model once, then ten idle ticks cost nothing until something changes', async () => {
    const goal = await worker.addGoal({ title: 'Run a 10k', dueDate: '2026-12-20' });
    const first = await tick();
    expect(first).toMatchObject({ outcome: 'no_insight', modelCalled: true, inputTokens: 100 });
    expect(modelCalls()).toBe(1);

    for (let i = 0; i < 10; i += 1) {
      worker.clock.advance(4 * 60_000);
      await touch(worker);
      const idle = await tick();
      expect(idle).toMatchObject({ outcome: 'nothing_new', modelCalled: false, inputTokens: 0 });
    }
    expect(modelCalls()).toBe(1);

    await worker.db.query('UPDATE goals SET progress = 40, updated_at = $2 WHERE id = $1', [
      goal.id,
      worker.clock.now(),
    ]);
    expect(await tick()).toMatchObject({ outcome: 'no_insight', modelCalled: true });
    expect(modelCalls()).toBe(2);
  });

  it('a manual tick ("think now") asks the model even when nothing changed', async () => {
    await worker.addGoal({ title: 'Read a book' });
    await tick();
    expect((await tick()).outcome).toBe('nothing_new');
    expect(await tick({ manual: true })).toMatchObject({
      outcome: 'no_insight',
      modelCalled: true,
    });
    expect(modelCalls()).toBe(2);
  });

  it('delivers an insight into the Seraph session and announces it once, spending one interruption', async () => {
    const goal = await worker.addGoal({ title: 'Write the thesis', dueDate: '2026-11-20' });
    llm.enqueue(
      offer([goal.id, 'not-a-goal-id'], { text: 'The thesis is overdue: one page today?' }),
    );
    const result = await tick();
    expect(result).toMatchObject({ outcome: 'delivered', modelCalled: true, inputTokens: 120 });
    // Progress and the outcome are visible per job: in BullMQ and in one log line.
    const job = await worker.queue('strategist').getJob(`test-tick-${seq}`);
    expect(job?.progress).toEqual({ step: 'gate', urgency: 3 });
    expect(
      worker.logs.filter((line) => line.msg === 'Tick finished' && line.jobId === job?.id),
    ).toEqual([expect.objectContaining({ outcome: 'delivered', userState: 'available' })]);

    const proactive = worker.eventsOf('proactive');
    expect(proactive).toEqual([
      expect.objectContaining({
        text: 'The thesis is overdue: one page today?',
        urgency: 3,
        type: 'nudge',
        goalIds: [goal.id],
      }),
    ]);
    const messages = await worker.db.query(
      `SELECT m.content, s.title FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id`,
    );
    expect(messages).toEqual([
      { content: 'The thesis is overdue: one page today?', title: 'Seraph' },
    ]);
    const settings = await worker.db
      .getRepository(SettingsEntity)
      .findOneByOrFail({ id: SETTINGS_ROW_ID });
    expect(settings.attentionBudgetRemaining).toBe(4);
    // The model saw the overdue goal, flagged.
    const context = JSON.stringify(llm.requests[0]?.body.messages);
    expect(context).toContain('Write the thesis');
    expect(context).toContain('overdue');
  });

  it('does not offer the same kind of insight about the same goals again within 24 hours', async () => {
    const goal = await worker.addGoal({ title: 'Stretch daily' });
    llm.setFallback(offer([goal.id]));
    expect((await tick()).outcome).toBe('delivered');

    await worker.db.query('UPDATE goals SET progress = 10, updated_at = $2 WHERE id = $1', [
      goal.id,
      worker.clock.now(),
    ]);
    llm.setFallback(offer([goal.id], { text: 'Worded differently, same point.' }));
    expect((await tick()).outcome).toBe('repeat');
    expect(worker.eventsOf('proactive')).toHaveLength(1);

    worker.clock.advance(25 * 3_600_000);
    await touch(worker);
    expect((await tick()).outcome).toBe('delivered');
    expect(worker.eventsOf('proactive')).toHaveLength(2);
  });

  it('outside active hours queues anything but urgency 5', async () => {
    const goal = await worker.addGoal({ title: 'Taxes' });
    worker.clock.set('2026-11-25T23:30:00Z');
    await touch(worker);
    llm.enqueue(offer([goal.id], { urgency: 4, type: 'alert', text: 'Taxes are due tomorrow.' }));
    expect(await tick()).toMatchObject({ outcome: 'queued' });
    expect(worker.eventsOf('proactive')).toEqual([]);

    llm.enqueue(
      offer([], { urgency: 5, type: 'alert', text: 'The filing portal closes in 20 minutes.' }),
    );
    expect(await tick({ manual: true })).toMatchObject({ outcome: 'delivered' });
    expect(worker.eventsOf('proactive').map((p) => p.urgency)).toEqual([5]);
  });

  it('focus mode queues everything non-urgent; urgency 5 still goes through', async () => {
    await worker.setSettings({ interruptionMode: 'focus', attentionBudgetRemaining: 0 });
    const goal = await worker.addGoal({ title: 'Ship the release' });
    llm.enqueue(offer([goal.id], { urgency: 4, type: 'alert' }));
    expect((await tick()).outcome).toBe('queued');
    expect(await worker.ambientState()).toBe('has_insight');

    llm.enqueue(offer([], { urgency: 5, type: 'alert', text: 'Production is down.' }));
    expect((await tick({ manual: true })).outcome).toBe('delivered');
    expect(worker.eventsOf('proactive').map((p) => p.text)).toEqual(['Production is down.']);
  });

  it('balanced mode delivers at most 5 a day and queues the rest', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const goal = await worker.addGoal({ title: `Goal ${i}` });
      llm.enqueue(offer([goal.id], { text: `About goal ${i}` }));
      outcomes.push((await tick()).outcome);
    }
    expect(outcomes).toEqual([
      'delivered',
      'delivered',
      'delivered',
      'delivered',
      'delivered',
      'queued',
      'queued',
    ]);
    expect(worker.eventsOf('proactive')).toHaveLength(5);
    const settings = await worker.db
      .getRepository(SettingsEntity)
      .findOneByOrFail({ id: SETTINGS_ROW_ID });
    expect(settings.attentionBudgetRemaining).toBe(0);
    expect(await worker.ambientState()).toBe('has_insight');
  });

  it('a duplicated tick (same job id run again) sends nothing a second time', async () => {
    const goal = await worker.addGoal({ title: 'Call mum' });
    llm.setFallback(offer([goal.id]));
    const jobId = 'test-tick-duplicate';
    const first = await worker.run<TickResult>('strategist', 'strategist.tick', jobId);
    expect(first.outcome).toBe('delivered');
    await (await worker.queue('strategist').getJob(jobId))?.remove();

    const again = await worker.run<TickResult>('strategist', 'strategist.tick', jobId);
    expect(again).toEqual(first);
    expect(modelCalls()).toBe(1);
    expect(worker.eventsOf('proactive')).toHaveLength(1);
  });

  it('forgets ticks older than 30 days', async () => {
    await worker.db.query(
      `INSERT INTO strategist_runs (job_id, started_at, outcome) VALUES
         ('old-1', now() - interval '40 days', 'nothing_new'),
         ('recent-1', now() - interval '2 days', 'nothing_new')`,
    );
    worker.clock.set(new Date());
    await touch(worker);
    await tick();
    const ids = (
      await worker.db.query('SELECT job_id FROM strategist_runs ORDER BY started_at')
    ).map((row: { job_id: string }) => row.job_id);
    expect(ids).not.toContain('old-1');
    expect(ids).toContain('recent-1');
  });

  it('rejects malformed model output without storing anything', async () => {
    await worker.addGoal({ title: 'Garden' });
    llm.enqueue(offer([], { urgency: 9 }));
    expect(await tick()).toMatchObject({ outcome: 'invalid_output', modelCalled: true });
    expect(await worker.db.getRepository(InsightEntity).count()).toBe(0);
  });
});
