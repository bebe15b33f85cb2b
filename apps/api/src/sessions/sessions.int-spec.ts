import type { ChatMessagePage, ChatSession } from '@seraph/contracts';
import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import request from 'supertest';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('chat sessions api', () => {
  let model: OpenAIStandIn;
  let api: TestApp;
  let socket: TestSocket;
  const http = () => request(api.url);

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    api = await startTestApp({ env: { LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'local-model' } });
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  afterAll(async () => {
    socket?.disconnect();
    await api?.close();
    await model?.close();
  });

  it('creates, lists, renames and deletes a session', async () => {
    const created = (await http().post('/api/sessions').send({}).expect(201)).body as ChatSession;
    expect(created.title).toBe('New chat');
    const named = (await http().post('/api/sessions').send({ title: ' Plans ' }).expect(201))
      .body as ChatSession;
    expect(named.title).toBe('Plans');
    const list = (await http().get('/api/sessions').expect(200)).body as ChatSession[];
    expect(list.map((s) => s.id)).toEqual(expect.arrayContaining([created.id, named.id]));

    const renamed = await http()
      .patch(`/api/sessions/${named.id}`)
      .send({ title: 'Trips' })
      .expect(200);
    expect(renamed.body).toMatchObject({ id: named.id, title: 'Trips' });
    await http().delete(`/api/sessions/${named.id}`).expect(204);
    await http().delete(`/api/sessions/${named.id}`).expect(404);
    await http().get(`/api/sessions/${named.id}/messages`).expect(404);
  });

  it('names an empty session after its first message', async () => {
    const created = (await http().post('/api/sessions').send({}).expect(201)).body as ChatSession;
    await chatTurn(socket, { sessionId: created.id, text: 'Help me   plan\nmy week' });
    const list = (await http().get('/api/sessions').expect(200)).body as ChatSession[];
    expect(list[0]).toMatchObject({ id: created.id, title: 'Help me plan my week' });
  });

  it('pages messages newest first with a before cursor', async () => {
    const first = await chatTurn(socket, { text: 'one' });
    const sessionId = first.started?.sessionId as string;
    await chatTurn(socket, { sessionId, text: 'two' });
    await chatTurn(socket, { sessionId, text: 'three' });
    const page1 = (await http().get(`/api/sessions/${sessionId}/messages?limit=4`).expect(200))
      .body as ChatMessagePage;
    expect(page1.items.map((m) => m.text)).toEqual(['OK', 'three', 'OK', 'two']);
    expect(page1.nextBefore).toBe(page1.items[3].id);
    const page2 = (
      await http()
        .get(`/api/sessions/${sessionId}/messages?limit=4&before=${page1.nextBefore}`)
        .expect(200)
    ).body as ChatMessagePage;
    expect(page2).toEqual({
      items: [expect.objectContaining({ text: 'OK' }), expect.objectContaining({ text: 'one' })],
      nextBefore: null,
    });
  });

  it('answers bad input with 400 and details, never 500', async () => {
    const bad = await http().post('/api/sessions').send({ title: '', extra: 1 }).expect(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        { field: 'title', rule: 'must not be empty' },
        { field: 'extra', rule: 'is not a known field' },
      ]),
    );
    await http().patch('/api/sessions/nope').send({ title: 'x' }).expect(400);
    await http()
      .patch('/api/sessions/00000000-0000-4000-8000-000000000000')
      .send({ title: 'x' })
      .expect(404);
    const created = (await http().post('/api/sessions').send({}).expect(201)).body as ChatSession;
    await http().patch(`/api/sessions/${created.id}`).send({}).expect(400);
    await http().get(`/api/sessions/${created.id}/messages?limit=0`).expect(400);
    await http().get(`/api/sessions/${created.id}/messages?limit=101`).expect(400);
    const repeated = await http()
      .get(`/api/sessions/${created.id}/messages?limit=1&limit=2`)
      .expect(400);
    expect(repeated.body.details).toEqual([
      { field: 'limit', rule: 'must be a whole number from 1 to 100' },
    ]);
    await http().get(`/api/sessions/${created.id}/messages?before=x`).expect(400);
    await http()
      .get(`/api/sessions/${created.id}/messages?before=00000000-0000-4000-8000-000000000000`)
      .expect(404);
    await http().get('/api/sessions?x=1').expect(400);
  });

  it('documents the chat routes in OpenAPI', async () => {
    const doc = (await http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/sessions',
        '/api/sessions/{id}',
        '/api/sessions/{id}/messages',
        '/api/llm/usage',
      ]),
    );
  });
});
