import {
  BROADCAST_CHANNEL,
  REDIS_KEYS,
  type DeliverInsightsResponse,
  type InsightList,
  type InterruptionModeResponse,
  type ProactivePayload,
} from '@seraph/contracts';
import { ChatMessageEntity, ChatSessionEntity, InsightEntity } from '@seraph/persistence';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { freezeClock, type TestClock } from '../../test/clock';
import { http } from '../../test/goals';
import { connectSocket, nextEvent, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

const GOAL_ID = '3f0c8a9e-5b7d-4d2a-9c1e-8f6b2a4d7e10';

describe('insights api', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let probe: Redis;
  let socket: TestSocket;
  let clock: TestClock;
  const proactive: ProactivePayload[] = [];
  const changed: { queued: number }[] = [];

  const insights = () => api.app.get(DataSource).getRepository(InsightEntity);
  const seed = (rows: Partial<InsightEntity>[]) =>
    insights().save(
      rows.map((row, index) =>
        insights().create({
          text: `Insight ${index}`,
          urgency: 3,
          type: 'nudge',
          goalIds: [],
          fingerprint: `fp-${index}-${Math.random()}`,
          ...row,
        }),
      ),
    );
  const budget = async () =>
    (
      (await http(api).get('/api/settings/interruption-mode').expect(200))
        .body as InterruptionModeResponse
    ).attentionBudgetRemaining;

  /**
   * Publishes a marker on the broadcast channel and waits for it: the api publishes its events
   * before answering, so anything it sent for an earlier request has arrived by then.
   */
  const drained = async () => {
    const marker = nextEvent(socket, 'goals:changed');
    await probe.publish(
      BROADCAST_CHANNEL,
      JSON.stringify({ event: 'goals:changed', payload: { op: 'deleted', ids: ['marker'] } }),
    );
    await marker;
  };

  beforeAll(async () => {
    // A Redis of its own: these tests watch the fixed broadcast channel and last-interaction key.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    probe = new Redis(redis.url);
    probe.on('error', () => undefined);
    socket = connectSocket(api.url);
    await whenConnected(socket);
    await waitFor('the api to subscribe to the broadcast channel', async () => {
      const [, count] = (await probe.pubsub('NUMSUB', BROADCAST_CHANNEL)) as [string, number];
      return Number(count) >= 1;
    });
    socket.on('proactive', (payload) => proactive.push(payload));
    socket.on('insights:changed', (payload) => changed.push(payload));
  });

  beforeEach(async () => {
    await api.app.get(DataSource).query('DELETE FROM insights');
    proactive.length = 0;
    changed.length = 0;
    clock = freezeClock(api.app, '2026-11-25T20:47:12.000Z');
  });

  afterAll(async () => {
    socket?.disconnect();
    probe?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  describe('GET /api/insights', () => {
    beforeEach(() =>
      seed([
        { text: 'old queued', createdAt: new Date('2026-11-25T08:00:00Z') },
        {
          text: 'delivered',
          status: 'delivered',
          urgency: 2,
          type: 'advisory',
          goalIds: [GOAL_ID],
          createdAt: new Date('2026-11-25T09:00:00Z'),
          deliveredAt: new Date('2026-11-25T10:00:00Z'),
        },
        { text: 'new queued', type: 'alert', createdAt: new Date('2026-11-25T11:00:00Z') },
      ]),
    );

    it('lists every insight newest first in the InsightList shape', async () => {
      const { body, headers } = await http(api).get('/api/insights').expect(200);
      expect(headers['cache-control']).toBe('no-store');
      const list = body as InsightList;
      expect(list.items.map((item) => item.text)).toEqual([
        'new queued',
        'delivered',
        'old queued',
      ]);
      expect(list.items[1]).toEqual({
        id: expect.any(String),
        text: 'delivered',
        urgency: 2,
        type: 'advisory',
        goalIds: [GOAL_ID],
        status: 'delivered',
        createdAt: '2026-11-25T09:00:00.000Z',
        deliveredAt: '2026-11-25T10:00:00.000Z',
      });
      expect(list.items[0]).toMatchObject({ status: 'queued', deliveredAt: null });
    });

    it.each([
      ['queued', ['new queued', 'old queued']],
      ['delivered', ['delivered']],
    ])('filters by status=%s', async (status, texts) => {
      const { body } = await http(api).get(`/api/insights?status=${status}`).expect(200);
      expect((body as InsightList).items.map((item) => item.text)).toEqual(texts);
    });

    it.each(['pending', '', 'QUEUED'])(
      'refuses status=%p with a 400 naming the field and the allowed values',
      async (status) => {
        const { body } = await http(api).get(`/api/insights?status=${status}`).expect(400);
        expect(body).toEqual({
          statusCode: 400,
          error: 'Bad Request',
          message: 'The query is invalid: status must be one of queued, delivered',
          details: [{ field: 'status', rule: 'must be one of queued, delivered' }],
        });
      },
    );

    it('refuses an unknown query parameter', async () => {
      const { body } = await http(api).get('/api/insights?limit=5').expect(400);
      expect(body.details).toEqual([{ field: 'limit', rule: 'is not a known field' }]);
    });
  });

  describe('POST /api/insights/deliver', () => {
    it('delivers every queued insight in one Seraph message, announces each, spends no budget', async () => {
      const before = await budget();
      const [first, second] = await seed([
        {
          text: 'Run tonight',
          urgency: 2,
          goalIds: [GOAL_ID],
          createdAt: new Date('2026-11-25T08:00:00Z'),
        },
        { text: 'Reply to the reviews', urgency: 4, createdAt: new Date('2026-11-25T09:00:00Z') },
      ]);
      await seed([
        {
          text: 'already delivered',
          status: 'delivered',
          deliveredAt: new Date('2026-11-25T07:00:00Z'),
        },
      ]);

      const { body } = await http(api).post('/api/insights/deliver').expect(200);
      const delivered = (body as DeliverInsightsResponse).delivered;
      expect(delivered.map((insight) => insight.id).sort()).toEqual([first!.id, second!.id].sort());
      for (const insight of delivered) {
        expect(insight).toMatchObject({
          status: 'delivered',
          deliveredAt: '2026-11-25T20:47:12.000Z',
        });
      }

      // The queue is empty and the rows point at one assistant message of the Seraph session.
      expect((await http(api).get('/api/insights?status=queued').expect(200)).body).toEqual({
        items: [],
      });
      const rows = await insights().findBy({ status: 'delivered' });
      const messageIds = new Set(
        rows.filter((row) => row.text !== 'already delivered').map((row) => row.messageId),
      );
      expect(messageIds.size).toBe(1);
      const dataSource = api.app.get(DataSource);
      const sessions = await dataSource
        .getRepository(ChatSessionEntity)
        .findBy({ title: 'Seraph' });
      expect(sessions).toHaveLength(1);
      const messages = await dataSource
        .getRepository(ChatMessageEntity)
        .findBy({ sessionId: sessions[0]!.id });
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ role: 'assistant', id: [...messageIds][0] });
      expect(messages[0]!.content).toContain('Run tonight');
      expect(messages[0]!.content).toContain('Reply to the reviews');

      // One proactive event per insight, then the emptied queue, to a real socket.
      await waitFor('2 proactive events and insights:changed', () =>
        proactive.length >= 2 && changed.length >= 1 ? true : undefined,
      );
      await drained();
      expect(proactive.map((event) => event.id).sort()).toEqual([first!.id, second!.id].sort());
      expect(proactive.find((event) => event.id === first!.id)).toEqual({
        id: first!.id,
        sessionId: sessions[0]!.id,
        text: 'Run tonight',
        urgency: 2,
        type: 'nudge',
        goalIds: [GOAL_ID],
        at: '2026-11-25T20:47:12.000Z',
      });
      expect(changed).toEqual([{ queued: 0 }]);

      expect(await budget()).toBe(before);
      // Asking counts as an interaction.
      expect(await probe.get(REDIS_KEYS.lastInteraction)).toBe('2026-11-25T20:47:12.000Z');
    });

    it('answers {delivered: []} and announces nothing when nothing is queued', async () => {
      await seed([
        { text: 'old', status: 'delivered', deliveredAt: new Date('2026-11-25T07:00:00Z') },
      ]);
      clock.set('2026-11-25T21:30:00.000Z');
      const { body } = await http(api).post('/api/insights/deliver').expect(200);
      expect(body).toEqual({ delivered: [] });
      await drained();
      expect(proactive).toEqual([]);
      expect(changed).toEqual([]);
    });

    it('delivers a single insight as its own text', async () => {
      await seed([{ text: 'Only this one' }]);
      clock.set('2026-11-25T22:30:00.000Z');
      const { body } = await http(api).post('/api/insights/deliver').expect(200);
      expect((body as DeliverInsightsResponse).delivered).toHaveLength(1);
      const [row] = await insights().findBy({ text: 'Only this one' });
      const message = await api.app
        .get(DataSource)
        .getRepository(ChatMessageEntity)
        .findOneByOrFail({ id: row!.messageId! });
      expect(message.content).toBe('Only this one');
    });
  });
});
