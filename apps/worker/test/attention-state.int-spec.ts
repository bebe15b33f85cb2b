import { CalendarEventEntity, InsightEntity } from '@seraph/persistence';
import type { TickResult } from '../src/strategist/strategist-runs';
import { startSeraphWorker, touch, type SeraphWorker } from './support/seraph-worker';

const MINUTE = 60_000;

describe('attention state without a model (real BullMQ, Redis and Postgres)', () => {
  let worker: SeraphWorker;
  let seq = 0;
  const tick = () => worker.run<TickResult>('strategist', 'strategist.tick', `state-tick-${++seq}`);
  const queueInsight = (text: string) =>
    worker.db.getRepository(InsightEntity).save({
      text,
      urgency: 3,
      type: 'nudge' as const,
      goalIds: [],
      fingerprint: `nudge:text:${text}`,
      status: 'queued' as const,
      createdAt: worker.clock.now(),
    });
  const addEvent = (id: string, startOffsetMin: number, endOffsetMin: number, title = 'Standup') =>
    worker.db.getRepository(CalendarEventEntity).save({
      id,
      title,
      startAt: new Date(worker.clock.now().getTime() + startOffsetMin * MINUTE),
      endAt: new Date(worker.clock.now().getTime() + endOffsetMin * MINUTE),
      attendeeCount: 4,
      isFocus: title.toLowerCase().includes('focus'),
      allDay: false,
      location: null,
    });

  beforeAll(async () => {
    worker = await startSeraphWorker();
  }, 60_000);
  afterAll(() => worker?.stop());
  beforeEach(async () => {
    worker.clock.set('2026-11-25T10:00:00Z');
    await worker.db.query('DELETE FROM insights');
    await worker.db.query('DELETE FROM goals');
    await worker.db.query('DELETE FROM calendar_events');
    await worker.db.query('DELETE FROM chat_sessions');
    await touch(worker);
    worker.events.length = 0;
  });

  it('computes user and ambient state on every tick, publishing only changes', async () => {
    const late = await worker.addGoal({ title: 'File the report', dueDate: '2026-11-20' });
    await worker.addGoal({ title: 'Learn Spanish', dueDate: '2027-06-01' });
    expect(await tick()).toMatchObject({ outcome: 'no_model', modelCalled: false });
    expect(await worker.userState()).toBe('available');
    expect(await worker.ambientState()).toBe('goal_behind');
    expect(worker.eventsOf('ambient').at(-1)).toMatchObject({
      state: 'goal_behind',
      insightCount: 0,
    });
    expect(worker.eventsOf('ambient').at(-1)?.reason).toContain('File the report');

    const published = worker.eventsOf('ambient').length;
    await tick();
    expect(worker.eventsOf('ambient')).toHaveLength(published);

    await worker.db.query(
      `UPDATE goals SET status = 'completed', progress = 100, completed_at = now() WHERE id = $1`,
      [late.id],
    );
    await tick();
    expect(await worker.ambientState()).toBe('on_track');

    await queueInsight('Drink some water.');
    await tick();
    expect(worker.eventsOf('ambient').at(-1)).toMatchObject({
      state: 'has_insight',
      insightCount: 1,
    });
  });

  it('no interaction for 30 minutes is away; evening after the review time is winding down', async () => {
    worker.clock.advance(31 * MINUTE);
    await tick();
    expect(await worker.userState()).toBe('away');
    await touch(worker);
    worker.clock.set('2026-11-25T21:30:00Z');
    await touch(worker);
    await tick();
    expect(await worker.userState()).toBe('winding_down');
    expect(worker.eventsOf('user_state').map((event) => event.state)).toEqual([
      'away',
      'winding_down',
    ]);
  });

  it('a meeting now is in_meeting; when it ends the queued insights are delivered together, free', async () => {
    await addEvent('meeting-1', -10, 20, 'Design review');
    await queueInsight('Block an hour for the proposal.');
    await queueInsight('Reply to Sam.');
    await tick();
    expect(await worker.userState()).toBe('in_meeting');
    expect(worker.eventsOf('proactive')).toEqual([]);

    worker.clock.advance(25 * MINUTE);
    await tick();
    expect(await worker.userState()).toBe('transitioning');
    expect(
      worker
        .eventsOf('proactive')
        .map((p) => p.text)
        .sort(),
    ).toEqual(['Block an hour for the proposal.', 'Reply to Sam.']);
    const queued = await worker.db.getRepository(InsightEntity).countBy({ status: 'queued' });
    expect(queued).toBe(0);
    const [message] = await worker.db.query(`SELECT content FROM chat_messages`);
    expect(message.content).toContain('• Block an hour for the proposal.');
    expect(message.content).toContain('• Reply to Sam.');
    // Seraph spoke and the user has not answered yet.
    expect(await worker.ambientState()).toBe('waiting');
    worker.clock.advance(MINUTE);
    await touch(worker);
    await tick();
    expect(await worker.ambientState()).toBe('idle');
  });

  it('a focus block is deep_work', async () => {
    await addEvent('focus-1', -5, 55, 'Focus time');
    await tick();
    expect(await worker.userState()).toBe('deep_work');
  });

  it('recomputes soon after the api announces a goal change, without waiting for a tick', async () => {
    await tick();
    expect(await worker.ambientState()).toBe('idle');
    const goal = await worker.addGoal({ title: 'Overdue thing', dueDate: '2026-11-01' });
    await worker.redis.publish(
      'seraph:events',
      JSON.stringify({ event: 'goals:changed', payload: { op: 'created', ids: [goal.id] } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await worker.ambientState()).toBe('goal_behind');
  });
});
