import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BROADCAST_CHANNEL } from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import { connectSocket, nextEvent, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }
).version;

describe('realtime gateway', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let publisher: Redis;
  const sockets: TestSocket[] = [];

  const open = () => {
    const socket = connectSocket(api.url);
    sockets.push(socket);
    return socket;
  };

  /** Waits until the api's subscriber listens, so a publish cannot slip past it. */
  const subscribed = () =>
    waitFor(
      `the api subscribed to ${BROADCAST_CHANNEL}`,
      async () => {
        const [, count] = (await publisher.pubsub('NUMSUB', BROADCAST_CHANNEL)) as [string, number];
        return Number(count) >= 1;
      },
      { timeoutMs: 10_000 },
    );

  beforeAll(async () => {
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    publisher = new Redis(redis.url, { retryStrategy: (attempt) => Math.min(attempt * 100, 500) });
    publisher.on('error', () => undefined);
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    publisher?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  it('greets each client with server:hello and the api version from package.json', async () => {
    const socket = open();
    const hello = nextEvent(socket, 'server:hello');
    await whenConnected(socket);
    expect(await hello).toEqual({ version: PACKAGE_VERSION });
  });

  it('relays broadcast envelopes from Redis to every socket, skipping malformed ones', async () => {
    const first = open();
    const second = open();
    await Promise.all([whenConnected(first), whenConnected(second)]);
    await subscribed();

    const received = Promise.all([
      nextEvent(first, 'goals:changed'),
      nextEvent(second, 'goals:changed'),
    ]);
    const ambient = nextEvent(first, 'ambient');
    await publisher.publish(BROADCAST_CHANNEL, 'this is not json');
    await publisher.publish(
      BROADCAST_CHANNEL,
      JSON.stringify({ event: 'no:such-event', payload: {} }),
    );
    await publisher.publish(
      BROADCAST_CHANNEL,
      JSON.stringify({ event: 'goals:changed', payload: { op: 'created', ids: ['g-1'] } }),
    );
    const payload = {
      state: 'idle',
      reason: 'nothing due',
      insightCount: 0,
      at: '2025-01-01T00:00:00.000Z',
    };
    await publisher.publish(BROADCAST_CHANNEL, JSON.stringify({ event: 'ambient', payload }));

    expect(await received).toEqual([
      { op: 'created', ids: ['g-1'] },
      { op: 'created', ids: ['g-1'] },
    ]);
    expect(await ambient).toEqual(payload);
  });

  it('subscribes again by itself after Redis restarts', async () => {
    const socket = open();
    await whenConnected(socket);
    await redis.kill();
    await redis.start();
    await subscribed();
    const received = nextEvent(socket, 'settings:changed', 10_000);
    await publisher.publish(
      BROADCAST_CHANNEL,
      JSON.stringify({
        event: 'settings:changed',
        payload: { settings: { interruptionMode: 'focus' } },
      }),
    );
    expect(await received).toEqual({ settings: { interruptionMode: 'focus' } });
  });
});
