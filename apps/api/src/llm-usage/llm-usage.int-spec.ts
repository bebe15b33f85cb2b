import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmUsageResponse } from '@seraph/contracts';
import { startOpenAIStandIn, waitFor, type OpenAIStandIn } from '@seraph/testing';
import request from 'supertest';
import { chatTurn } from '../../test/chat';
import { connectSocket, whenConnected, type TestSocket } from '../../test/socket-client';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('LLM call log and GET /api/llm/usage', () => {
  let model: OpenAIStandIn;
  let api: TestApp;
  let socket: TestSocket;
  const dir = mkdtempSync(join(tmpdir(), 'seraph-llm-usage-'));

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    api = await startTestApp({
      env: {
        LLM_BASE_URL: model.baseUrl,
        LLM_MODEL: 'gpt-4o-mini',
        LLM_LOG_DIR: dir,
        LLM_MAX_RETRIES: '0',
      },
    });
    socket = connectSocket(api.url);
    await whenConnected(socket);
  });
  afterAll(async () => {
    socket?.disconnect();
    await api?.close();
    await model?.close();
  });

  it('writes one line per call, without content, and sums them per day and model', async () => {
    model.enqueue({
      text: 'Secret answer',
      usage: { promptTokens: 1000, completionTokens: 100, cachedTokens: 200 },
    });
    const turn = await chatTurn(socket, { text: 'my secret question' });
    model.enqueue({ status: 500 });
    await chatTurn(socket, { text: 'fail please' });

    const read = () =>
      readFileSync(join(dir, 'llm_calls.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    await waitFor('two log lines', () => read().length >= 2, { timeoutMs: 3000, intervalMs: 20 });
    const lines = read();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      status: 'success',
      model: 'gpt-4o-mini',
      callType: 'chat',
      inputTokens: 1000,
      outputTokens: 100,
      totalTokens: 1100,
      cachedInputTokens: 200,
      sessionId: turn.final?.sessionId,
      priceKnown: true,
      stream: true,
      apiBase: model.baseUrl,
      error: null,
    });
    expect(lines[0].latencyMs).toEqual(expect.any(Number));
    expect(lines[0].timeToFirstTokenMs).toEqual(expect.any(Number));
    expect(lines[1]).toMatchObject({ status: 'error', error: expect.stringContaining('500') });
    expect(readFileSync(join(dir, 'llm_calls.jsonl'), 'utf8')).not.toMatch(/secret/i);

    const usage = (await request(api.url).get('/api/llm/usage?days=7').expect(200))
      .body as LlmUsageResponse;
    expect(usage).toMatchObject({
      days: 7,
      logEnabled: true,
      totals: { calls: 2, inputTokens: 1000, outputTokens: 100 },
    });
    expect(usage.rows).toEqual([
      expect.objectContaining({ model: 'gpt-4o-mini', callType: 'chat', calls: 2, errors: 1 }),
    ]);
    expect(usage.totals.costUsd).toBeCloseTo((1000 * 0.15 + 100 * 0.6) / 1e6, 10);
    await request(api.url).get('/api/llm/usage?days=0').expect(400);
    await request(api.url).get('/api/llm/usage?days=abc').expect(400);
    const { body } = await request(api.url).get('/api/llm/usage?days=1&days=2').expect(400);
    expect(body.details).toEqual([{ field: 'days', rule: 'must be a whole number from 1 to 90' }]);
  });
});
