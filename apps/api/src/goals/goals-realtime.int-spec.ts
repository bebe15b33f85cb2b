import { BROADCAST_CHANNEL, type GoalsChangedPayload } from '@seraph/contracts';
import { startPrivateRedis, waitFor, type PrivateRedis } from '@seraph/testing';
import Redis from 'ioredis';
import { createChain, createGoal, http } from '../../test/goals';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

/** Long enough for a duplicate to arrive if one were sent. */
const SETTLE_MS = 400;

describe('goals api: live updates over Socket.IO', () => {
  let redis: PrivateRedis;
  let api: TestApp;
  let watcher: TestSocket;
  let editor: TestSocket;
  const received: GoalsChangedPayload[] = [];

  /** Events the watcher got from now until `action` settles. */
  const eventsDuring = async (action: () => Promise<unknown>, expected: number) => {
    received.length = 0;
    await action();
    await waitFor(`${expected} goals:changed event(s)`, () => received.length >= expected, {
      timeoutMs: 5000,
      intervalMs: 20,
    });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return [...received];
  };

  beforeAll(async () => {
    // A Redis of its own, so goal events of suites running in parallel cannot reach these sockets.
    redis = await startPrivateRedis();
    api = await startTestApp({ env: { REDIS_URL: redis.url } });
    watcher = connectSocket(api.url);
    editor = connectSocket(api.url);
    await Promise.all([whenConnected(watcher), whenConnected(editor)]);
    const probe = new Redis(redis.url);
    await waitFor('the api to subscribe to the broadcast channel', async () => {
      const [, count] = (await probe.pubsub('NUMSUB', BROADCAST_CHANNEL)) as [string, number];
      return Number(count) >= 1;
    });
    probe.disconnect();
    watcher.on('goals:changed', (payload) => received.push(payload));
  });

  afterAll(async () => {
    watcher?.disconnect();
    editor?.disconnect();
    await api?.close();
    await redis?.kill();
  });

  it('tells another client exactly once when a goal is updated over HTTP', async () => {
    const goal = await createGoal(api);
    const editorEvents: GoalsChangedPayload[] = [];
    editor.on('goals:changed', (payload) => editorEvents.push(payload));

    const events = await eventsDuring(
      () => http(api).patch(`/api/goals/${goal.id}`).send({ progress: 55 }).expect(200),
      1,
    );
    expect(events).toEqual([{ op: 'updated', ids: [goal.id] }]);
    expect(editorEvents).toEqual([{ op: 'updated', ids: [goal.id] }]);
    editor.off('goals:changed');
  });

  it('announces a creation once with the new id', async () => {
    let id = '';
    const events = await eventsDuring(async () => {
      id = (await createGoal(api, { title: 'New' })).id;
    }, 1);
    expect(events).toEqual([{ op: 'created', ids: [id] }]);
  });

  it('announces a cascade delete once, with every deleted id', async () => {
    const chain = await createChain(api, ['annual', 'quarterly', 'monthly']);
    const events = await eventsDuring(
      () => http(api).delete(`/api/goals/${chain[0].id}?cascade=true`).expect(204),
      1,
    );
    expect(events).toHaveLength(1);
    expect(events[0].op).toBe('deleted');
    expect([...events[0].ids].sort()).toEqual(chain.map((g) => g.id).sort());
  });

  it('announces nothing for refused or invalid changes', async () => {
    const [parent] = await createChain(api, ['weekly', 'daily']);
    received.length = 0;
    await http(api).delete(`/api/goals/${parent.id}`).expect(409);
    await http(api).patch(`/api/goals/${parent.id}`).send({ level: 'daily' }).expect(409);
    await http(api).patch(`/api/goals/${parent.id}`).send({ level: 'hourly' }).expect(400);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(received).toEqual([]);
  });
});
