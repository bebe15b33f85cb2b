import { NOT_CONFIGURED_MESSAGE, TIMED_OUT_MESSAGE } from '@seraph/agent';
import type { ChatMessagePage } from '@seraph/contracts';
import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import request from 'supertest';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('chat time limits (shortened)', () => {
  let model: OpenAIStandIn;
  let api: TestApp;
  let socket: TestSocket;

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    api = await startTestApp({
      env: {
        LLM_BASE_URL: model.baseUrl,
        LLM_MODEL: 'gpt-4o-mini',
        LLM_MAX_RETRIES: '0',
        AGENT_CHAT_TIMEOUT_S: '3',
        AGENT_BROWSE_TIMEOUT_S: '0.3',
        // The hanging page below is on this machine.
        AGENT_BROWSE_ALLOW_PRIVATE: 'true',
        SANDBOX_URL: 'http://127.0.0.1:9',
      },
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

  it('stops a slow model at the turn limit with the fallback answer, and stores it', async () => {
    model.enqueue({ text: 'Eventually', delayMs: 10_000 });
    const started = Date.now();
    const turn = await chatTurn(socket, { text: 'Think very hard' });
    expect(Date.now() - started).toBeLessThan(8000);
    expect(turn.final).toMatchObject({ timedOut: true, text: TIMED_OUT_MESSAGE });
    const page = (
      await request(api.url).get(`/api/sessions/${turn.final?.sessionId}/messages`).expect(200)
    ).body as ChatMessagePage;
    expect(page.items[0]).toMatchObject({
      role: 'assistant',
      text: TIMED_OUT_MESSAGE,
      timedOut: true,
    });
    expect(page.items[1]).toMatchObject({ role: 'user', text: 'Think very hard' });
  });

  it('gives a timed-out tool an error result and goes on with the turn', async () => {
    // A server that accepts the connection but never answers: browse_webpage must give up.
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      model.enqueue(
        {
          toolCalls: [{ name: 'browse_webpage', arguments: { url: `http://127.0.0.1:${port}/` } }],
        },
        { text: 'That page did not load in time.' },
      );
      const turn = await chatTurn(socket, { text: 'Read that page' });
      expect(turn.steps[2]).toMatchObject({
        kind: 'tool_result',
        tool: 'browse_webpage',
        error: expect.stringContaining('took longer'),
      });
      expect(turn.final).toMatchObject({
        text: 'That page did not load in time.',
        timedOut: false,
      });
      expect(String(model.requests[1].body.messages.at(-1)?.content)).toContain('took longer');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('chat without a configured model', () => {
  let api: TestApp;
  let socket: TestSocket;

  beforeAll(async () => {
    api = await startTestApp();
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  afterAll(async () => {
    socket?.disconnect();
    await api?.close();
  });

  it('answers how to configure a model, naming the variables, and stores the exchange', async () => {
    const turn = await chatTurn(socket, { text: 'Hello?' });
    expect(turn.final).toMatchObject({
      text: NOT_CONFIGURED_MESSAGE,
      timedOut: false,
      usage: { inputTokens: 0, outputTokens: 0 },
    });
    for (const name of ['LLM_API_KEY', 'LLM_MODEL', 'LLM_BASE_URL'])
      expect(turn.final?.text).toContain(name);
    const page = (
      await request(api.url).get(`/api/sessions/${turn.final?.sessionId}/messages`).expect(200)
    ).body as ChatMessagePage;
    expect(page.items.map((m) => m.role)).toEqual(['assistant', 'user']);
  });
});
