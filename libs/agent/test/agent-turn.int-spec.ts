import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import {
  LLM_LOG_FILE,
  LlmCallLog,
  LlmClient,
  LlmError,
  runAgentTurn,
  TIMED_OUT_MESSAGE,
  ToolRegistry,
  type AgentTool,
  type TurnStep,
} from '../src';

const echo: AgentTool = {
  name: 'echo',
  description: 'Echo',
  parameters: {
    type: 'object',
    properties: { word: { type: 'string' } },
    required: ['word'],
    additionalProperties: false,
  },
  run: async (args) => ({ echoed: args.word }),
};
const stuck: AgentTool = {
  name: 'stuck',
  description: 'Never ends',
  parameters: { type: 'object', properties: {} },
  timeoutMs: 200,
  run: () => new Promise(() => undefined),
};

describe('agent turn against the OpenAI stand-in', () => {
  let model: OpenAIStandIn;
  let logDir: string;
  let log: LlmCallLog;
  let llm: LlmClient;
  const tools = new ToolRegistry([echo, stuck], 1000);

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    logDir = mkdtempSync(join(tmpdir(), 'seraph-llm-log-'));
    log = new LlmCallLog({
      dir: logDir,
      logContent: false,
      maxMegabytes: 1,
      maxFiles: 2,
      warn: () => undefined,
    });
    llm = new LlmClient(
      {
        baseUrl: model.baseUrl,
        apiKey: undefined,
        model: 'gpt-4o-mini',
        summaryModel: 'gpt-4o-mini',
        contextTokens: 128_000,
        maxRetries: 1,
      },
      log,
    );
  });
  afterEach(() => model.reset());
  afterAll(async () => {
    await log.close();
    await model.close();
  });

  const turn = (timeoutMs = 5000) => {
    const steps: TurnStep[] = [];
    const deltas: string[] = [];
    const result = runAgentTurn({
      llm,
      tools,
      messages: [{ role: 'user', content: 'hi' }],
      sessionId: 's1',
      timeoutMs,
      onStep: (step) => steps.push(step),
      onDelta: (text) => deltas.push(text),
    });
    return { result, steps, deltas };
  };

  it('streams text and adds up usage', async () => {
    model.enqueue({ text: 'Hello there friend', usage: { promptTokens: 12, completionTokens: 3 } });
    const { result, deltas } = turn();
    const done = await result;
    expect(done).toMatchObject({ text: 'Hello there friend', timedOut: false });
    expect(done.usage).toEqual({ inputTokens: 12, outputTokens: 3 });
    expect(deltas.join('')).toBe('Hello there friend');
    expect(deltas.length).toBeGreaterThan(1);
    expect(model.requests[0].body.stream_options).toEqual({ include_usage: true });
    expect(model.requests[0].body.tools?.map((t) => t.function.name)).toEqual(['echo', 'stuck']);
  });

  it('runs a tool, rejects bad arguments and times a stuck tool out, then answers', async () => {
    model.enqueue(
      {
        toolCalls: [
          { name: 'echo', arguments: { word: 'x' } },
          { name: 'echo', arguments: { nope: 1 } },
        ],
      },
      { toolCalls: [{ name: 'stuck', arguments: {} }] },
      { text: 'Done' },
    );
    const { result, steps } = turn();
    const done = await result;
    expect(done.text).toBe('Done');
    const results = steps.filter((s) => s.kind === 'tool_result');
    expect(results[0]).toMatchObject({ tool: 'echo', result: { echoed: 'x' } });
    expect(results[1]).toMatchObject({
      tool: 'echo',
      error: expect.stringContaining('Invalid arguments'),
    });
    expect(results[2]).toMatchObject({
      tool: 'stuck',
      error: expect.stringContaining('took longer'),
    });
    const lastRequest = model.requests[2].body.messages;
    expect(lastRequest.filter((m) => m.role === 'tool')).toHaveLength(3);
    expect(done.records.map((r) => r.role)).toEqual([
      'assistant',
      'tool',
      'tool',
      'assistant',
      'tool',
      'assistant',
    ]);
  });

  it('ends a slow turn with the fallback answer and cancels the HTTP call', async () => {
    model.enqueue({ text: 'too late', delayMs: 3000 });
    const started = Date.now();
    const done = await turn(300).result;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(done).toMatchObject({ timedOut: true, text: TIMED_OUT_MESSAGE });
  });

  it('retries a 500 once, then reports a provider error', async () => {
    model.enqueue({ status: 500 }, { status: 500 }, { text: 'never' });
    const done = await turn().result;
    expect(done.failure).toBeInstanceOf(LlmError);
    expect(done.failure?.code).toBe('provider_error');
    expect(model.requests).toHaveLength(2);
  });

  it('recovers from a 429 through its retry', async () => {
    model.enqueue({ status: 429 }, { text: 'after all' });
    expect((await turn().result).text).toBe('after all');
  });

  it('reads text, tool calls and usage without streaming too', async () => {
    model.enqueue({
      text: 'Calling',
      toolCalls: [{ name: 'echo', arguments: { word: 'y' }, id: 'call_1' }],
      usage: { promptTokens: 7, completionTokens: 2 },
    });
    const result = await llm.complete({
      messages: [{ role: 'user', content: 'x' }],
      callType: 'summary',
    });
    expect(result).toEqual({
      text: 'Calling',
      toolCalls: [{ id: 'call_1', name: 'echo', arguments: '{"word":"y"}' }],
      usage: { inputTokens: 7, outputTokens: 2, cachedInputTokens: 0 },
    });
    expect(model.requests[0].body.stream).toBeUndefined();
  });

  it('writes one JSON line per call without content', async () => {
    await log.close();
    const lines = readFileSync(join(logDir, LLM_LOG_FILE), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines[0]).toMatchObject({
      status: 'success',
      model: 'gpt-4o-mini',
      callType: 'chat',
      inputTokens: 12,
      outputTokens: 3,
      totalTokens: 15,
      priceKnown: true,
      stream: true,
      sessionId: 's1',
      apiBase: model.baseUrl,
      error: null,
    });
    expect(lines[0].costUsd).toBeGreaterThan(0);
    expect(lines[0].request).toBeUndefined();
    expect(lines.map((l) => l.status)).toEqual(expect.arrayContaining(['timeout', 'error']));
  });
});
