import type { ChatMessagePage } from '@seraph/contracts';
import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import request from 'supertest';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('chat over Socket.IO with the OpenAI stand-in', () => {
  let model: OpenAIStandIn;
  let api: TestApp;
  let socket: TestSocket;
  const http = () => request(api.url);

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    api = await startTestApp({
      env: { LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'gpt-4o-mini', LLM_MAX_RETRIES: '1' },
    });
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  afterEach(() => model.reset());
  afterAll(async () => {
    socket?.disconnect();
    await api?.close();
    await model?.close();
  });

  it('streams deltas, then a final answer with usage, and stores both messages', async () => {
    model.enqueue({
      text: 'Hello, I am Seraph.',
      usage: { promptTokens: 120, completionTokens: 7 },
    });
    const turn = await chatTurn(socket, { text: 'Hi there, who are you?' });

    const order = turn.events.map((e) => e.event);
    expect(order[0]).toBe('chat:started');
    expect(order.at(-1)).toBe('chat:final');
    expect(order.filter((e) => e === 'chat:delta').length).toBeGreaterThan(1);
    expect(order.indexOf('chat:delta')).toBeLessThan(order.indexOf('chat:final'));
    expect(turn.text).toBe('Hello, I am Seraph.');
    expect(turn.final).toMatchObject({
      sessionId: turn.started?.sessionId,
      text: 'Hello, I am Seraph.',
      usage: { inputTokens: 120, outputTokens: 7 },
      timedOut: false,
    });

    const sent = model.requests[0].body;
    expect(sent.model).toBe('gpt-4o-mini');
    expect(sent.stream).toBe(true);
    expect(sent.messages[0].role).toBe('system');
    expect(String(sent.messages[0].content)).toContain('Seraph');
    expect(sent.messages.at(-1)).toEqual({ role: 'user', content: 'Hi there, who are you?' });
    expect(sent.tools?.map((t) => t.function.name)).toEqual([
      'list_goals',
      'create_goal',
      'update_goal',
      'complete_goal',
      'get_goal_dashboard',
      'get_settings',
      'suggest_interruption_mode',
      'get_calendar_events',
      'browse_webpage',
    ]);

    const sessionId = turn.started?.sessionId as string;
    const sessions = (await http().get('/api/sessions').expect(200)).body as {
      id: string;
      title: string;
    }[];
    expect(sessions.find((s) => s.id === sessionId)?.title).toBe('Hi there, who are you?');
    const page = (await http().get(`/api/sessions/${sessionId}/messages`).expect(200))
      .body as ChatMessagePage;
    expect(page.items.map((m) => [m.role, m.text])).toEqual([
      ['assistant', 'Hello, I am Seraph.'],
      ['user', 'Hi there, who are you?'],
    ]);
    expect(page.items[0]).toMatchObject({
      id: turn.final?.messageId,
      usage: { inputTokens: 120, outputTokens: 7 },
    });
    expect(page.items[1].id).toBe(turn.started?.messageId);
  });

  it('continues a session with its history', async () => {
    const first = await chatTurn(socket, { text: 'Remember the word kiwi' });
    model.enqueue({ text: 'kiwi' });
    const second = await chatTurn(socket, {
      sessionId: first.started?.sessionId,
      text: 'Which word?',
    });
    expect(second.final?.text).toBe('kiwi');
    const sent = model.requests[1].body.messages.map((m) => [m.role, m.content]);
    expect(sent.slice(1)).toEqual([
      ['user', 'Remember the word kiwi'],
      ['assistant', 'OK'],
      ['user', 'Which word?'],
    ]);
  });

  it("tells the model Seraph's persona, the user's active goals and time zone", async () => {
    await http().post('/api/goals').send({ title: 'Learn Italian', domain: 'growth' }).expect(201);
    await http().patch('/api/settings').send({ timezone: 'Europe/Rome' }).expect(200);
    await chatTurn(socket, { text: 'What are my goals?' });
    const system = String(model.requests[0].body.messages[0].content);
    expect(system).toContain('You are Seraph');
    expect(system).toContain('Learn Italian');
    expect(system).toContain('Europe/Rome');
    await http().patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
  });

  it('creates a goal through the create_goal tool and answers about it', async () => {
    model.enqueue(
      {
        toolCalls: [
          {
            name: 'create_goal',
            arguments: { title: 'Run a 10k', level: 'monthly', domain: 'health' },
          },
        ],
      },
      { text: 'Done: I created "Run a 10k" for you.' },
    );
    const turn = await chatTurn(socket, { text: 'Add a goal: run a 10k this month' });

    expect(turn.steps.map((s) => s.kind)).toEqual([
      'thinking',
      'tool_call',
      'tool_result',
      'thinking',
    ]);
    expect(turn.steps[1]).toMatchObject({ tool: 'create_goal', args: { title: 'Run a 10k' } });
    expect(turn.steps[2]).toMatchObject({
      tool: 'create_goal',
      result: { title: 'Run a 10k', level: 'monthly' },
    });
    expect(turn.final?.text).toContain('Run a 10k');

    const goals = (await http().get('/api/goals?q=10k').expect(200)).body as {
      title: string;
      domain: string;
    }[];
    expect(goals).toEqual([expect.objectContaining({ title: 'Run a 10k', domain: 'health' })]);
    const toolMessage = model.requests[1].body.messages.at(-1);
    expect(toolMessage?.role).toBe('tool');
    expect(String(toolMessage?.content)).toContain('Run a 10k');

    const page = (await http().get(`/api/sessions/${turn.started?.sessionId}/messages`).expect(200))
      .body as ChatMessagePage;
    expect(page.items.map((m) => m.role)).toEqual(['assistant', 'tool', 'assistant', 'user']);
    expect(page.items[2].toolCalls?.[0].name).toBe('create_goal');
  });

  it('returns a tool error to the model when arguments are invalid, and the turn goes on', async () => {
    model.enqueue(
      { toolCalls: [{ name: 'complete_goal', arguments: { id: 'not-a-goal' } }] },
      { text: 'I could not find that goal.' },
    );
    const turn = await chatTurn(socket, { text: 'Complete my goal' });
    expect(turn.steps[2]).toMatchObject({ tool: 'complete_goal', error: expect.any(String) });
    expect(turn.final?.text).toBe('I could not find that goal.');
  });

  it('reports a provider 500 as chat:error after its retry, keeping the user message', async () => {
    model.enqueue({ status: 500 }, { status: 500 });
    const turn = await chatTurn(socket, { text: 'Are you there?' });
    expect(turn.error).toMatchObject({
      code: 'provider_error',
      sessionId: turn.started?.sessionId,
    });
    expect(turn.error?.message).toContain('500');
    expect(model.requests).toHaveLength(2);
    const page = (await http().get(`/api/sessions/${turn.started?.sessionId}/messages`).expect(200))
      .body as ChatMessagePage;
    expect(page.items.map((m) => m.text)).toEqual(['Are you there?']);
  });

  it('refuses an empty message and an unknown session with chat:error', async () => {
    expect((await chatTurn(socket, { text: '  ' })).error).toMatchObject({
      code: 'invalid_request',
      sessionId: null,
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await chatTurn(socket, { sessionId: unknown, text: 'hi' })).error).toMatchObject({
      code: 'session_not_found',
    });
  });
});
