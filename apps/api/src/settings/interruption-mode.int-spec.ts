import { USER_STATE_REDIS_KEY, type InterruptionModeResponse } from '@seraph/contracts';
import { startPrivateRedis, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Clock } from '../clock/clock';

const MODE = '/api/settings/interruption-mode';

describe('interruption mode and attention budget', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let probe: Redis;

  const http = () => request(api.url);
  const getMode = async (): Promise<InterruptionModeResponse> =>
    (await http().get(MODE).expect(200)).body as InterruptionModeResponse;
  const putMode = async (mode: string): Promise<InterruptionModeResponse> =>
    (await http().put(MODE).send({ mode }).expect(200)).body as InterruptionModeResponse;
  /** Stands in for the worker spending the budget, which no api route does. */
  const setRemaining = (remaining: number) =>
    api.app
      .get(DataSource)
      .query('UPDATE settings SET attention_budget_remaining = $1', [remaining]);
  const budgetDate = async () =>
    (
      (await api.app
        .get(DataSource)
        .query(`SELECT attention_budget_date::text AS d FROM settings`)) as {
        d: string;
      }[]
    )[0].d;
  const setNow = (iso: string) =>
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => new Date(iso));

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    probe = new Redis(redis.url, { retryStrategy: () => 200 });
    probe.on('error', () => undefined);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    probe?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  it.each([
    ['focus', 0],
    ['active', 15],
    ['balanced', 5],
    ['active', 15],
    ['focus', 0],
  ])('PUT %s answers with a fresh budget of %i, and GET agrees', async (mode, budget) => {
    const expected = { mode, attentionBudgetRemaining: budget, userState: 'available' };
    expect(await putMode(mode)).toEqual(expected);
    expect(await getMode()).toEqual(expected);
    const { body } = await http().get('/api/settings').expect(200);
    expect(body.interruptionMode).toBe(mode);
  });

  it.each([
    ['balanced', 5],
    ['active', 15],
    ['focus', 0],
  ])(
    'a PATCH of interruptionMode to %s resets the spent budget to %i too',
    async (mode, budget) => {
      await putMode(mode === 'balanced' ? 'active' : 'balanced');
      await setRemaining(1);
      await http().patch('/api/settings').send({ interruptionMode: mode }).expect(200);
      expect(await getMode()).toMatchObject({ mode, attentionBudgetRemaining: budget });
    },
  );

  it('does not refill the budget when the mode is set to the one it already has', async () => {
    await putMode('active');
    await setRemaining(2);
    expect(await putMode('active')).toMatchObject({ attentionBudgetRemaining: 2 });
    await http().patch('/api/settings').send({ interruptionMode: 'active' }).expect(200);
    expect(await getMode()).toMatchObject({ attentionBudgetRemaining: 2 });
  });

  it('resets the budget at midnight in the user’s time zone, not the server’s', async () => {
    await http().patch('/api/settings').send({ timezone: 'Europe/Berlin' }).expect(200);
    setNow('2025-06-01T20:00:00Z'); // 22:00 in Berlin (CEST, UTC+2)
    await putMode('balanced');
    await putMode('active');
    expect(await budgetDate()).toBe('2025-06-01');
    await setRemaining(2);

    setNow('2025-06-01T21:59:59Z'); // 23:59:59 in Berlin
    expect(await getMode()).toMatchObject({ mode: 'active', attentionBudgetRemaining: 2 });
    setNow('2025-06-01T22:00:00Z'); // midnight in Berlin, still June 1st in UTC
    expect(await getMode()).toMatchObject({ mode: 'active', attentionBudgetRemaining: 15 });

    // The same instants in UTC: the budget is still the one of June 1st until UTC midnight.
    await http().patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
    expect(await getMode()).toMatchObject({ attentionBudgetRemaining: 2 });
    setNow('2025-06-01T23:59:59Z');
    expect(await getMode()).toMatchObject({ attentionBudgetRemaining: 2 });
    setNow('2025-06-02T00:00:00Z');
    expect(await getMode()).toMatchObject({ attentionBudgetRemaining: 15 });
  });

  it('dates a budget granted by a mode change in the user’s time zone', async () => {
    await http().patch('/api/settings').send({ timezone: 'Europe/Berlin' }).expect(200);
    setNow('2025-06-01T22:30:00Z'); // already June 2nd in Berlin
    await putMode('balanced');
    await putMode('active');
    expect(await budgetDate()).toBe('2025-06-02');
    await setRemaining(3);
    setNow('2025-06-02T21:59:00Z'); // 23:59 on June 2nd in Berlin: still the same day's budget
    expect(await getMode()).toMatchObject({ attentionBudgetRemaining: 3 });
  });

  it('rolls over with the mode that is set: a focus day starts at 0 again', async () => {
    await http().patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
    setNow('2025-07-01T12:00:00Z');
    await putMode('active');
    await putMode('focus');
    setNow('2025-07-02T00:00:01Z');
    expect(await getMode()).toMatchObject({ mode: 'focus', attentionBudgetRemaining: 0 });
  });

  describe('user state', () => {
    afterEach(() => probe.del(USER_STATE_REDIS_KEY));

    it.each([
      ['deep_work', 'deep_work'],
      ['in_meeting', 'in_meeting'],
      ['winding_down', 'winding_down'],
      ['sleeping', 'available'],
      ['', 'available'],
    ])('shows the stored state %p as %s', async (stored, shown) => {
      await probe.set(USER_STATE_REDIS_KEY, stored);
      expect(await getMode()).toMatchObject({ userState: shown });
      expect(await putMode('balanced')).toMatchObject({ userState: shown });
    });

    it('is available while the worker has stored none', async () => {
      await probe.del(USER_STATE_REDIS_KEY);
      expect(await getMode()).toMatchObject({ userState: 'available' });
    });

    it('is available, not an error, while Redis is down; changes are still saved', async () => {
      await probe.set(USER_STATE_REDIS_KEY, 'deep_work');
      await redis.kill();
      try {
        expect(await getMode()).toMatchObject({ userState: 'available' });
        expect(await putMode('active')).toMatchObject({
          mode: 'active',
          attentionBudgetRemaining: 15,
          userState: 'available',
        });
      } finally {
        await redis.start();
      }
    });
  });
});
