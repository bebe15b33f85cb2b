import type {
  AmbientPayload,
  Goal,
  Insight,
  ProactivePayload,
  UserStatePayload,
} from '@seraph/contracts';
import { startOpenAIStandIn, waitFor, type OpenAIStandIn } from '@seraph/testing';
import { io, type Socket } from 'socket.io-client';
import { sendJson } from '../support/api-requests';
import { startStack, type SeraphStack } from '../support/seraph-stack';

interface Heard {
  ambient: AmbientPayload[];
  userState: UserStatePayload[];
  proactive: ProactivePayload[];
}

/** The worker and api as production runs them: states reach a real socket through Redis. */
describe('ambient state, insights and the strategist across api, worker and a socket', () => {
  let model: OpenAIStandIn;
  let stack: SeraphStack;
  const sockets: Socket[] = [];

  const listen = async (): Promise<Heard> => {
    const heard: Heard = { ambient: [], userState: [], proactive: [] };
    const socket = io(stack.api.baseUrl, { transports: ['websocket'], reconnection: false });
    sockets.push(socket);
    socket.on('ambient', (payload: AmbientPayload) => heard.ambient.push(payload));
    socket.on('user_state', (payload: UserStatePayload) => heard.userState.push(payload));
    socket.on('proactive', (payload: ProactivePayload) => heard.proactive.push(payload));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return heard;
  };
  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await sendJson(`${stack.api.baseUrl}${path}`, method, body);
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  const latestAmbient = (heard: Heard, state: AmbientPayload['state']) =>
    waitFor(
      `ambient "${state}" (heard ${JSON.stringify(heard.ambient)}; worker said ${stack.workerOutput()})`,
      () => {
        const last = heard.ambient.at(-1);
        return last?.state === state ? last : undefined;
      },
      { timeoutMs: 15_000 },
    );

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    // The boot-time tick (and any other) has nothing to say until a test scripts an insight.
    model.setFallback({ text: 'nothing' });
    stack = await startStack({
      LLM_BASE_URL: model.baseUrl,
      LLM_MODEL: 'stand-in',
      LLM_MAX_RETRIES: '0',
    });
    // The processes run on the real clock: pick a zone where it is early afternoon right now, so
    // the user is "available" rather than winding down (Etc/GMT-N is N hours ahead of UTC).
    const ahead = ((13 - new Date().getUTCHours() + 36) % 24) - 12;
    const timezone = ahead === 0 ? 'UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
    await api('PATCH', '/api/settings', { timezone });
  }, 90_000);
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await stack?.stop();
    await model?.close();
  });

  it('an overdue goal turns the avatar to goal_behind; completing it turns it to on_track', async () => {
    const heard = await listen();
    const late = await api<Goal>('POST', '/api/goals', {
      title: 'Send the invoice',
      level: 'weekly',
      dueDate: '2020-01-10',
    });
    await api<Goal>('POST', '/api/goals', {
      title: 'Learn Spanish',
      level: 'annual',
      dueDate: '2099-12-31',
    });
    const behind = await latestAmbient(heard, 'goal_behind');
    expect(behind.reason).toContain('Send the invoice');

    await api('PATCH', `/api/goals/${late.id}`, { status: 'completed' });
    await latestAmbient(heard, 'on_track');
  });

  it('a queued insight shows as has_insight; delivering empties the queue and reaches the socket', async () => {
    const heard = await listen();
    await api('PUT', '/api/settings/interruption-mode', { mode: 'focus' });
    model.enqueue({
      toolCalls: [
        {
          name: 'offer_insight',
          arguments: {
            text: 'Tomorrow morning is free: block it for Spanish.',
            urgency: 3,
            type: 'nudge',
            goalIds: [],
          },
        },
      ],
    });
    const run = await fetch(`${stack.api.baseUrl}/api/strategist/run`, { method: 'POST' });
    expect(run.status).toBe(202);
    const waiting = await latestAmbient(heard, 'has_insight');
    expect(waiting.insightCount).toBe(1);
    expect(heard.proactive).toEqual([]);
    const queued = await api<{ items: Insight[] }>('GET', '/api/insights?status=queued');
    expect(queued.items.map((insight) => insight.text)).toEqual([
      'Tomorrow morning is free: block it for Spanish.',
    ]);

    const { delivered } = await api<{ delivered: Insight[] }>('POST', '/api/insights/deliver');
    expect(delivered).toHaveLength(1);
    await waitFor('the delivered insight on the socket', () => heard.proactive.length === 1);
    expect(heard.proactive[0]?.text).toBe('Tomorrow morning is free: block it for Spanish.');
    expect((await api<{ items: Insight[] }>('GET', '/api/insights?status=queued')).items).toEqual(
      [],
    );
    await waitFor('the avatar to drop has_insight', () =>
      heard.ambient.at(-1)?.state !== 'has_insight' ? true : undefined,
    );
  });

  it('a newly connected client immediately receives the current ambient and user state', async () => {
    const heard = await listen();
    await waitFor(
      'the greeting states',
      () => heard.ambient.length > 0 && heard.userState.length > 0,
    );
    expect(heard.userState[0]?.state).toBe('available');
  });
});
