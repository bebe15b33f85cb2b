import {
  REDIS_KEYS,
  type AmbientPayload,
  type CalendarStatusPayload,
  type UserStatePayload,
} from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Long enough for a greeting event to arrive if one were sent. */
const SETTLE_MS = 300;

const AMBIENT: AmbientPayload = {
  state: 'has_insight',
  reason: '2 insights wait',
  insightCount: 2,
  at: '2026-11-25T20:45:00.000Z',
};
const USER_STATE: UserStatePayload = { state: 'deep_work', at: '2026-11-25T20:30:00.000Z' };
const CALENDAR: CalendarStatusPayload = {
  status: 'ok',
  lastScanAt: '2026-11-25T20:40:00.000Z',
};

describe('realtime gateway: greeting with the current state', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let probe: Redis;
  const sockets: TestSocket[] = [];

  /** Connects a socket and records every event it gets, in order, from the first one. */
  const open = async () => {
    const socket = connectSocket(api.url);
    sockets.push(socket);
    const events: { event: string; payload: unknown }[] = [];
    socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
    await whenConnected(socket);
    return events;
  };

  beforeAll(async () => {
    // A Redis of its own: the greeting reads fixed keys other suites may write.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    probe = new Redis(redis.url, { retryStrategy: () => 200 });
    probe.on('error', () => undefined);
  });
  beforeEach(() =>
    probe.del(REDIS_KEYS.ambient, REDIS_KEYS.userStatePayload, REDIS_KEYS.calendarStatus),
  );
  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    probe?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  it('sends server:hello, then the stored ambient, user_state and calendar:status', async () => {
    await probe.set(REDIS_KEYS.ambient, JSON.stringify(AMBIENT));
    await probe.set(REDIS_KEYS.userStatePayload, JSON.stringify(USER_STATE));
    await probe.set(REDIS_KEYS.calendarStatus, JSON.stringify(CALENDAR));
    const events = await open();
    await waitFor('the greeting', () => (events.length >= 4 ? true : undefined));
    expect(events).toEqual([
      { event: 'server:hello', payload: { version: expect.any(String) } },
      { event: 'ambient', payload: AMBIENT },
      { event: 'user_state', payload: USER_STATE },
      { event: 'calendar:status', payload: CALENDAR },
    ]);
  });

  it('sends only what is stored, skipping a value that is not JSON', async () => {
    await probe.set(REDIS_KEYS.ambient, JSON.stringify(AMBIENT));
    await probe.set(REDIS_KEYS.userStatePayload, 'deep_work');
    const events = await open();
    await waitFor('the ambient state', () => (events.length >= 2 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(events.map((e) => e.event)).toEqual(['server:hello', 'ambient']);
  });

  it('sends server:hello alone when nothing is stored', async () => {
    const events = await open();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(events.map((e) => e.event)).toEqual(['server:hello']);
  });

  it('still greets with server:hello while Redis is down', async () => {
    await probe.set(REDIS_KEYS.ambient, JSON.stringify(AMBIENT));
    await redis.kill();
    try {
      const events = await open();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      expect(events.map((e) => e.event)).toEqual(['server:hello']);
    } finally {
      await redis.start();
    }
  });
});
