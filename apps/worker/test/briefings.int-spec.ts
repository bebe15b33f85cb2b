import { BROADCAST_CHANNEL } from '@seraph/contracts';
import { CalendarEventEntity, InsightEntity } from '@seraph/persistence';
import { startOpenAIStandIn, waitFor, type OpenAIStandIn } from '@seraph/testing';
import type { BriefingJobResult } from '../src/briefings/briefing-jobs';
import { startSeraphWorker, touch, type SeraphWorker } from './support/seraph-worker';

describe('briefings (real BullMQ, Redis and Postgres; OpenAI stand-in)', () => {
  let llm: OpenAIStandIn;
  let plain: SeraphWorker;
  let withModel: SeraphWorker;
  let seq = 0;
  const brief = (worker: SeraphWorker, kind: 'daily' | 'evening') =>
    worker.run<BriefingJobResult>('briefings', `briefing.${kind}`, `brief-${++seq}`);
  const seraphMessages = async (worker: SeraphWorker): Promise<string[]> =>
    (
      await worker.db.query(
        `SELECT m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
         WHERE s.title = 'Seraph' ORDER BY m.seq`,
      )
    ).map((row: { content: string }) => row.content);

  beforeAll(async () => {
    llm = await startOpenAIStandIn();
    [plain, withModel] = await Promise.all([startSeraphWorker(), startSeraphWorker({ llm })]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([plain?.stop(), withModel?.stop()]);
    await llm?.close();
  });

  it('without a model, the morning briefing is the template with goals, calendar and the queued insights, once a day', async () => {
    const worker = plain;
    worker.clock.set('2026-11-25T07:59:30Z');
    await touch(worker);
    await worker.addGoal({ title: 'Submit the grant', dueDate: '2026-11-25', progress: 60 });
    await worker.addGoal({ title: 'Renew passport', dueDate: '2026-11-10' });
    await worker.db.getRepository(CalendarEventEntity).save({
      id: 'standup',
      title: 'Standup',
      startAt: new Date('2026-11-25T09:00:00Z'),
      endAt: new Date('2026-11-25T09:15:00Z'),
      attendeeCount: 5,
      isFocus: false,
      allDay: false,
      location: null,
    });
    await worker.db.getRepository(InsightEntity).save({
      text: 'You sleep better after evening walks.',
      urgency: 2,
      type: 'advisory',
      goalIds: [],
      fingerprint: 'advisory:text:walks',
      status: 'queued',
      createdAt: worker.clock.now(),
    });
    worker.events.length = 0;

    const result = await brief(worker, 'daily');
    expect(result).toMatchObject({
      delivered: true,
      by: 'template',
      insightCount: 1,
      localDate: '2026-11-25',
    });
    const [text] = await seraphMessages(worker);
    expect(text).toContain('Wednesday 25 November');
    expect(text).toMatch(/Due today:\n• Submit the grant \(60%, due 2026-11-25\)/);
    expect(text).toMatch(/Overdue:\n• Renew passport/);
    expect(text).toContain('09:00–09:15 Standup');
    expect(text).toContain('Also waiting for you:\n• You sleep better after evening walks.');
    expect(await worker.db.getRepository(InsightEntity).countBy({ status: 'queued' })).toBe(0);
    await waitFor('the briefing event', () => worker.eventsOf('proactive').length === 1);

    // A second run on the same day (a duplicate or a retry) sends nothing.
    expect(await brief(worker, 'daily')).toMatchObject({ delivered: false });
    expect(await seraphMessages(worker)).toHaveLength(1);
    expect(worker.eventsOf('proactive')).toHaveLength(1);
  });

  it('with a model, the evening review is written by it; when the model fails, the template still arrives', async () => {
    const worker = withModel;
    worker.clock.set('2026-11-25T21:00:00Z');
    await worker.addGoal({
      title: 'Fix the bike',
      status: 'completed',
      progress: 100,
      completedAt: new Date('2026-11-25T15:00:00Z'),
    });
    llm.enqueue({ text: 'You fixed the bike today. Rest well.' });
    expect(await brief(worker, 'evening')).toMatchObject({ delivered: true, by: 'model' });
    expect(await seraphMessages(worker)).toEqual(['You fixed the bike today. Rest well.']);
    const prompt = JSON.stringify(llm.requests.at(-1)?.body.messages);
    expect(prompt).toContain('Completed today');
    expect(prompt).toContain('Fix the bike');

    worker.clock.set('2026-11-26T08:00:00Z');
    llm.enqueue({ status: 500, message: 'upstream exploded' });
    expect(await brief(worker, 'daily')).toMatchObject({ delivered: true, by: 'template' });
    expect((await seraphMessages(worker)).at(-1)).toContain('Good morning!');
  });

  it('schedules follow the settings: local times in the user time zone, re-registered when they change', async () => {
    const worker = plain;
    const schedulers = async () =>
      Object.fromEntries(
        (await worker.queue('briefings').getJobSchedulers()).map((s) => [s.key, [s.pattern, s.tz]]),
      );
    expect(await schedulers()).toEqual({
      'briefing.daily': ['0 0 8 * * *', 'UTC'],
      'briefing.evening': ['0 0 21 * * *', 'UTC'],
    });
    await worker.setSettings({
      briefingTime: '07:30',
      reviewTime: '20:45',
      timezone: 'Europe/Berlin',
    });
    await worker.redis.publish(
      BROADCAST_CHANNEL,
      JSON.stringify({ event: 'settings:changed', payload: { settings: {} } }),
    );
    await waitFor('the new briefing schedules', async () => {
      const now = await schedulers();
      return now['briefing.daily']?.[0] === '0 30 7 * * *' &&
        now['briefing.evening']?.[0] === '0 45 20 * * *'
        ? now
        : undefined;
    });
    expect((await schedulers())['briefing.daily']).toEqual(['0 30 7 * * *', 'Europe/Berlin']);
    expect(await worker.queue('briefings').getJobSchedulers()).toHaveLength(2);
  });
});
