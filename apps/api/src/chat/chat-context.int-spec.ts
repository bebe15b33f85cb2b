import { TokenCounter } from '@seraph/agent';
import type { RecordedRequest } from '@seraph/testing';
import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ChatStore } from '../sessions/chat-store';

const CONTEXT_TOKENS = 4000;
const words = (n: number, tag: string) => `${tag} ${'plan '.repeat(n)}`.trim();

describe('chat context window', () => {
  let model: OpenAIStandIn;
  let api: TestApp;
  let socket: TestSocket;
  let store: ChatStore;
  const counter = new TokenCounter('gpt-4o-mini');
  const chatRequests = () => model.requests.filter((r) => r.body.model === 'gpt-4o-mini');
  const summaryRequests = () => model.requests.filter((r) => r.body.model === 'cheap-model');
  const sentTokens = (req: RecordedRequest) =>
    req.body.messages
      .slice(1)
      .reduce((sum, m) => sum + counter.message(String(m.content ?? '')), 0);

  /** A session holding `count` alternating user/assistant messages of about 50 tokens each. */
  const seed = async (count: number) => {
    const session = await store.createSession('Seeded');
    await store.append(
      session.id,
      Array.from({ length: count }, (_, i) => ({
        role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
        content: words(48, `m${i + 1}`),
      })),
    );
    return session.id;
  };

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    model.setFallback((req) => ({
      text: req.body.model === 'cheap-model' ? 'SUMMARY TEXT' : 'OK',
    }));
    api = await startTestApp({
      env: {
        LLM_BASE_URL: model.baseUrl,
        LLM_MODEL: 'gpt-4o-mini',
        LLM_SUMMARY_MODEL: 'cheap-model',
        LLM_CONTEXT_TOKENS: String(CONTEXT_TOKENS),
      },
    });
    store = api.app.get(ChatStore);
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  afterEach(() => {
    model.requests.length = 0;
  });
  afterAll(async () => {
    socket?.disconnect();
    await api?.close();
    await model?.close();
  });

  it('adaptive: keeps the first 2 and recent messages, summarises the middle with the cheap model, within budget', async () => {
    const sessionId = await seed(150);
    const turn = await chatTurn(socket, { sessionId, text: 'What now?' });
    expect(turn.final?.text).toBe('OK');
    expect(summaryRequests()).toHaveLength(1);
    const sent = chatRequests()[0].body.messages;
    expect(String(sent[1].content)).toMatch(/^m1 /);
    expect(String(sent[2].content)).toMatch(/^m2 /);
    expect(sent[3]).toMatchObject({
      role: 'system',
      content: expect.stringContaining('SUMMARY TEXT'),
    });
    expect(sent.at(-1)).toEqual({ role: 'user', content: 'What now?' });
    expect(sent.length).toBeLessThanOrEqual(1 + 2 + 1 + 20);
    expect(sentTokens(chatRequests()[0])).toBeLessThan(CONTEXT_TOKENS * 0.8);

    const rows = await api.app
      .get(DataSource)
      .query('SELECT from_seq, to_seq, text, model FROM chat_summaries WHERE session_id = $1', [
        sessionId,
      ]);
    expect(rows).toEqual([expect.objectContaining({ text: 'SUMMARY TEXT', model: 'cheap-model' })]);

    // The next turns keep newly evicted messages verbatim after the stored summary, and roll the
    // summary forward once 20 have piled up: over 10 turns (20 evicted), one summary call at most,
    // given only what was newly evicted.
    model.requests.length = 0;
    for (let turn = 0; turn < 10; turn += 1) {
      await chatTurn(socket, { sessionId, text: `And then? ${turn}` });
      for (const request of chatRequests()) {
        expect(sentTokens(request)).toBeLessThan(CONTEXT_TOKENS * 0.8);
      }
    }
    const rolled = summaryRequests();
    expect(rolled).toHaveLength(1);
    const prompt = String(rolled[0].body.messages[1].content);
    expect(prompt).toContain('Summary so far:\nSUMMARY TEXT');
    expect(prompt).not.toContain('m3 ');
  });

  it('fails open when the summary model fails: recent messages only, the turn still answers', async () => {
    const sessionId = await seed(60);
    model.setFallback((req) =>
      req.body.model === 'cheap-model' ? { status: 400, message: 'no' } : { text: 'Still here' },
    );
    try {
      const turn = await chatTurn(socket, { sessionId, text: 'Hello again' });
      expect(turn.final?.text).toBe('Still here');
      const sent = chatRequests()[0].body.messages;
      expect(sent.some((m) => String(m.content).includes('Conversation so far'))).toBe(false);
      expect(sentTokens(chatRequests()[0])).toBeLessThan(CONTEXT_TOKENS * 0.8);
      expect((await store.history(sessionId)).length).toBe(62);
    } finally {
      model.setFallback((req) => ({
        text: req.body.model === 'cheap-model' ? 'SUMMARY TEXT' : 'OK',
      }));
    }
  });

  it('caches each message token count in Postgres', async () => {
    const sessionId = await seed(4);
    await chatTurn(socket, { sessionId, text: 'Count me' });
    const rows = await api.app
      .get(DataSource)
      .query(
        'SELECT token_count, token_encoding FROM chat_messages WHERE session_id = $1 AND role = $2',
        [sessionId, 'user'],
      );
    expect(rows.every((r: { token_count: number | null }) => (r.token_count ?? 0) > 0)).toBe(true);
    expect(rows[0].token_encoding).toBe('o200k_base');
  });

  it('fixed: sends the last 50 messages', async () => {
    await request(api.url)
      .patch('/api/settings')
      .send({ contextWindowStrategy: 'fixed' })
      .expect(200);
    try {
      const sessionId = await seed(60);
      await chatTurn(socket, { sessionId, text: 'Fixed please' });
      const sent = chatRequests()[0].body.messages;
      expect(summaryRequests()).toHaveLength(0);
      expect(sent.length).toBeLessThanOrEqual(51);
      expect(sent.at(-1)).toEqual({ role: 'user', content: 'Fixed please' });
    } finally {
      await request(api.url)
        .patch('/api/settings')
        .send({ contextWindowStrategy: 'adaptive' })
        .expect(200);
    }
  });
});
