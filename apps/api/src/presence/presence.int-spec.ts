import { REDIS_KEYS, WORKER_SIGNAL_CHANNEL } from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import { freezeClock, type TestClock } from '../../test/clock';
import { http } from '../../test/goals';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

const MINUTE_MS = 60_000;
/** Long enough for a write or a publish to arrive if one were made. */
const SETTLE_MS = 300;

describe('presence: the last user interaction', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let probe: Redis;
  let subscriber: Redis;
  let socket: TestSocket;
  let clock: TestClock;
  const signals: string[] = [];

  const lastInteraction = () => probe.get(REDIS_KEYS.lastInteraction);
  /** Moves the api's clock past the write throttle (10 s) and returns the new ISO "now". */
  const later = (ms = 11_000) => {
    clock.set(new Date(clock.now().getTime() + ms));
    return clock.now().toISOString();
  };
  const stored = (iso: string) =>
    waitFor(`last interaction ${iso}`, async () =>
      (await lastInteraction()) === iso ? true : undefined,
    );
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

  beforeAll(async () => {
    // A Redis of its own: these tests watch a fixed key and a fixed channel.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    clock = freezeClock(api.app, '2026-11-25T20:00:00.000Z');
    probe = new Redis(redis.url, { retryStrategy: () => 200 });
    probe.on('error', () => undefined);
    subscriber = new Redis(redis.url, { retryStrategy: () => 200 });
    subscriber.on('error', () => undefined);
    await subscriber.subscribe(WORKER_SIGNAL_CHANNEL);
    subscriber.on('message', (_channel: string, message: string) => signals.push(message));
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  beforeEach(async () => {
    signals.length = 0;
    later();
    await probe.del(REDIS_KEYS.lastInteraction);
  });
  afterAll(async () => {
    socket?.disconnect();
    subscriber?.disconnect();
    probe?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  it('records the socket event activity as the clock’s ISO now', async () => {
    const now = clock.now().toISOString();
    socket.emit('activity');
    await stored(now);
  });

  it('records a chat message', async () => {
    const now = clock.now().toISOString();
    socket.emit('chat:send', { text: 'Hello' });
    await stored(now);
  });

  it.each([
    ['PATCH', '/api/settings', { timezone: 'UTC' }],
    ['PUT', '/api/settings/interruption-mode', { mode: 'balanced' }],
    ['POST', '/api/goals', { title: 'Read more' }],
  ])('records a successful %s %s', async (method, path, body) => {
    const now = clock.now().toISOString();
    const agent = http(api);
    const call =
      method === 'PATCH'
        ? agent.patch(path)
        : method === 'PUT'
          ? agent.put(path)
          : agent.post(path);
    await call.send(body).expect((response) => expect(response.status).toBeLessThan(300));
    await stored(now);
  });

  it('does not count reads or refused requests', async () => {
    await http(api).get('/api/settings').expect(200);
    await http(api).patch('/api/settings').send({ timezone: 'Mars/Olympus' }).expect(400);
    await settle();
    expect(await lastInteraction()).toBeNull();
  });

  it('writes at most once per 10 seconds', async () => {
    const first = clock.now().toISOString();
    socket.emit('activity');
    await stored(first);
    later(9_000);
    socket.emit('activity');
    await http(api).patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
    await settle();
    expect(await lastInteraction()).toBe(first);
    const next = later(1_000);
    socket.emit('activity');
    await stored(next);
  });

  it('signals the worker when the user comes back after 30+ quiet minutes, not sooner', async () => {
    // Active 29 minutes ago: no signal.
    await probe.set(
      REDIS_KEYS.lastInteraction,
      new Date(clock.now().getTime() - 29 * MINUTE_MS).toISOString(),
    );
    const recent = clock.now().toISOString();
    socket.emit('activity');
    await stored(recent);

    // Quiet for exactly 30 minutes since: a signal (publishes follow the write, in order).
    const back = later(30 * MINUTE_MS);
    await http(api).patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
    await stored(back);
    await waitFor('the worker signal', () => (signals.length >= 1 ? true : undefined));
    await settle();
    expect(signals).toEqual(['{"reason":"interaction"}']);
  });

  it('signals the worker on the first interaction ever recorded', async () => {
    socket.emit('activity');
    await waitFor('the worker signal', () => (signals.length >= 1 ? true : undefined));
    expect(JSON.parse(signals[0]!)).toEqual({ reason: 'interaction' });
  });

  it('never fails a request while Redis is down', async () => {
    await redis.kill();
    try {
      await http(api).patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
      socket.emit('activity');
      await settle();
    } finally {
      await redis.start();
    }
    // The failed write did not start the throttle: the next interaction is recorded.
    await waitFor(
      'the api to reach Redis again',
      async () => {
        const now = later();
        socket.emit('activity');
        await settle();
        return (await lastInteraction()) === now ? true : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
  });
});
