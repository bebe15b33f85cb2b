import { BROADCAST_CHANNEL, DEFAULT_SETTINGS, type Settings } from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Clock } from '../clock/clock';
import { SettingsService } from './settings.service';

describe('settings', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let probe: Redis;
  const sockets: TestSocket[] = [];

  const http = () => request(api.url);
  const current = async (): Promise<Settings> =>
    (await http().get('/api/settings').expect(200)).body as Settings;
  const sql = (query: string, params?: unknown[]) => api.app.get(DataSource).query(query, params);

  beforeAll(async () => {
    // A Redis of its own: the events and keys of this suite cannot meet another suite's.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    probe = new Redis(redis.url);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    probe?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  describe('over HTTP', () => {
    it('starts with the product defaults', async () => {
      const settings = await current();
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, updatedAt: expect.any(String) });
      expect(DEFAULT_SETTINGS).toEqual({
        interruptionMode: 'balanced',
        contextWindowStrategy: 'adaptive',
        timezone: 'UTC',
        briefingTime: '08:00',
        reviewTime: '21:00',
        activeHoursStart: '08:00',
        activeHoursEnd: '22:00',
      });
      expect(Number.isNaN(Date.parse(settings.updatedAt))).toBe(false);
      await http()
        .get('/api/settings/interruption-mode')
        .expect(200, { mode: 'balanced', attentionBudgetRemaining: 5, userState: 'available' });
    });

    it.each([
      ['interruptionMode', 'focus'],
      ['contextWindowStrategy', 'fixed'],
      ['timezone', 'Europe/Berlin'],
      ['briefingTime', '07:15'],
      ['reviewTime', '20:45'],
      ['activeHoursStart', '06:30'],
      ['activeHoursEnd', '23:59'],
      ['briefingTime', '00:00'],
      ['interruptionMode', 'active'],
      ['contextWindowStrategy', 'adaptive'],
    ] as const)('PATCH changes %s to %s alone, and it stays changed', async (field, value) => {
      const before = await current();
      expect(before[field]).not.toBe(value);
      const { body } = await http()
        .patch('/api/settings')
        .send({ [field]: value })
        .expect(200);
      expect(body).toEqual({ ...before, [field]: value, updatedAt: expect.any(String) });
      expect(await current()).toEqual(body);
    });

    it('PATCH changes several fields in one go', async () => {
      const change = {
        timezone: 'Asia/Tokyo',
        reviewTime: '22:30',
        contextWindowStrategy: 'fixed',
      };
      const { body } = await http().patch('/api/settings').send(change).expect(200);
      expect(body).toMatchObject(change);
      expect(await current()).toEqual(body);
    });

    it('spells a time zone as ICU does when only the case differs, and keeps valid aliases', async () => {
      await http()
        .patch('/api/settings')
        .send({ timezone: 'europe/berlin' })
        .expect(200)
        .expect((res) => expect(res.body.timezone).toBe('Europe/Berlin'));
      await http()
        .patch('/api/settings')
        .send({ timezone: 'America/Argentina/Buenos_Aires' })
        .expect(200)
        .expect((res) => expect(res.body.timezone).toBe('America/Argentina/Buenos_Aires'));
    });

    it('accepts active hours that run past midnight', async () => {
      const { body } = await http()
        .patch('/api/settings')
        .send({ activeHoursStart: '22:00', activeHoursEnd: '06:00' })
        .expect(200);
      expect(body).toMatchObject({ activeHoursStart: '22:00', activeHoursEnd: '06:00' });
    });

    it('stamps updatedAt from the injected clock, and leaves it when nothing changes', async () => {
      const at = new Date('2025-06-01T09:30:00.000Z');
      jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(at);
      const { body } = await http()
        .patch('/api/settings')
        .send({ briefingTime: '09:00' })
        .expect(200);
      expect(body.updatedAt).toBe(at.toISOString());

      jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date('2025-06-02T10:00:00Z'));
      const same = await http().patch('/api/settings').send({ briefingTime: '09:00' }).expect(200);
      expect(same.body).toEqual(body);
    });

    it('serves the time zone to other features from memory, renewed by every change', async () => {
      const service = api.app.get(SettingsService);
      await http().patch('/api/settings').send({ timezone: 'Europe/Paris' }).expect(200);
      expect(await service.getTimezone()).toBe('Europe/Paris');
      // Written behind the api's back: the cached value stands until the api changes it.
      await sql(`UPDATE settings SET timezone = 'Asia/Tokyo'`);
      expect(await service.getTimezone()).toBe('Europe/Paris');
      await http().patch('/api/settings').send({ timezone: 'America/New_York' }).expect(200);
      expect(await service.getTimezone()).toBe('America/New_York');
    });
  });

  describe('settings:changed', () => {
    /** Every settings:changed a fresh socket receives from now on. */
    const listen = async () => {
      const socket = connectSocket(api.url);
      sockets.push(socket);
      const received: unknown[] = [];
      socket.on('settings:changed', (payload) => received.push(payload));
      await whenConnected(socket);
      return received;
    };
    /** Waits for the first event, then long enough for a duplicate to show up. */
    const settle = async (received: unknown[]) => {
      await waitFor('a settings:changed event', () => received.length > 0, { timeoutMs: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 400));
      return received;
    };

    beforeAll(async () => {
      await waitFor('the api to subscribe to the broadcast channel', async () => {
        const [, count] = (await probe.pubsub('NUMSUB', BROADCAST_CHANNEL)) as [string, number];
        return Number(count) >= 1;
      });
    });

    it('reaches a socket client exactly once after another client’s PUT, with all settings', async () => {
      const [first, second] = await Promise.all([listen(), listen()]);
      const before = await current();
      const mode = before.interruptionMode === 'focus' ? 'active' : 'focus';
      await http().put('/api/settings/interruption-mode').send({ mode }).expect(200);
      const after = await current();
      expect(after.interruptionMode).toBe(mode);
      expect(await settle(first)).toEqual([{ settings: after }]);
      expect(await settle(second)).toEqual([{ settings: after }]);
    });

    it('announces a PATCH of several fields as one event carrying all of them', async () => {
      const received = await listen();
      const { body } = await http()
        .patch('/api/settings')
        .send({ briefingTime: '06:45', reviewTime: '19:30', timezone: 'Europe/Lisbon' })
        .expect(200);
      expect(await settle(received)).toEqual([{ settings: body }]);
    });

    it('announces nothing for refused requests or values the settings already have', async () => {
      const received = await listen();
      const before = await current();
      await http().patch('/api/settings').send({ interruptionMode: 'loud' }).expect(400);
      await http()
        .patch('/api/settings')
        .send({ activeHoursEnd: before.activeHoursStart })
        .expect(400);
      await http()
        .put('/api/settings/interruption-mode')
        .send({ mode: before.interruptionMode })
        .expect(200);
      await http().patch('/api/settings').send({ reviewTime: before.reviewTime }).expect(200);
      // A real change last: Redis keeps order, so any event from the requests above comes first.
      const { body } = await http()
        .patch('/api/settings')
        .send({ reviewTime: '23:00' })
        .expect(200);
      expect(await settle(received)).toEqual([{ settings: body }]);
    });
  });
});
