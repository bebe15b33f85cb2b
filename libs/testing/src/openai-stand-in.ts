import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tool call the scripted model makes; `arguments` objects are sent as JSON text. */
export interface ScriptedToolCall {
  name: string;
  arguments: Record<string, unknown> | string;
  id?: string;
}

/** One scripted answer of the stand-in model. */
export interface ScriptedCompletion {
  /** Assistant text; streamed word by word unless `chunks` says otherwise. */
  text?: string;
  chunks?: string[];
  toolCalls?: ScriptedToolCall[];
  usage?: { promptTokens: number; completionTokens: number; cachedTokens?: number };
  /** Wait before answering at all (headers included), to trigger timeouts. */
  delayMs?: number;
  /** Wait between streamed chunks. */
  chunkDelayMs?: number;
}

/** An HTTP error answer (429, 500…) in OpenAI's error shape. */
export interface ScriptedError {
  status: number;
  message?: string;
  delayMs?: number;
}

export type ScriptedReply = ScriptedCompletion | ScriptedError;

/** What the stand-in received: the parsed JSON body of one request. */
export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: { role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string }[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    tools?: { type: string; function: { name: string; parameters?: unknown } }[];
    [key: string]: unknown;
  };
}

export type ReplyFunction = (request: RecordedRequest) => ScriptedReply;

export interface OpenAIStandIn {
  /** Base URL to give the openai client (`http://127.0.0.1:<port>/v1`). */
  baseUrl: string;
  /** Every chat completion request received, oldest first. */
  requests: RecordedRequest[];
  /** Queues replies, used in order; when the queue is empty the fallback answers. */
  enqueue(...replies: ScriptedReply[]): void;
  /** Answers every request not served from the queue (default: text "OK"). */
  setFallback(reply: ReplyFunction | ScriptedReply): void;
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_REPLY: ScriptedReply = { text: 'OK' };

/**
 * A tiny OpenAI-compatible server on a loopback port: `POST /v1/chat/completions`, streaming
 * (SSE) and not, with scripted text, tool calls, usage, delays and HTTP errors. Tests point the
 * real `openai` client at `baseUrl` and assert on `requests`.
 */
export async function startOpenAIStandIn(): Promise<OpenAIStandIn> {
  const queue: ScriptedReply[] = [];
  let fallback: ReplyFunction = () => DEFAULT_REPLY;
  const requests: RecordedRequest[] = [];
  let counter = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
    }
    const recorded: RecordedRequest = {
      path: req.url,
      headers: req.headers,
      body: JSON.parse(raw) as RecordedRequest['body'],
    };
    requests.push(recorded);
    const reply = queue.shift() ?? fallback(recorded);
    let closed = false;
    res.on('close', () => (closed = true));
    if (reply.delayMs) await sleep(reply.delayMs);
    if (closed) return;
    if ('status' in reply) {
      return sendJson(res, reply.status, {
        error: { message: reply.message ?? `scripted error ${reply.status}`, type: 'stand_in' },
      });
    }
    counter += 1;
    const id = `chatcmpl-standin-${counter}`;
    if (recorded.body.stream) return stream(res, reply, recorded, id, () => closed);
    sendJson(res, 200, completion(reply, recorded.body.model, id));
  }

  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    setFallback: (reply) => {
      fallback = typeof reply === 'function' ? reply : () => reply;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fallback = () => DEFAULT_REPLY;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function usageOf(reply: ScriptedCompletion) {
  const prompt = reply.usage?.promptTokens ?? 10;
  const completion = reply.usage?.completionTokens ?? 5;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: reply.usage?.cachedTokens ?? 0 },
  };
}

function toolCallsOf(reply: ScriptedCompletion, id: string) {
  return (reply.toolCalls ?? []).map((call, index) => ({
    id: call.id ?? `call_${id.slice(-4)}_${index}`,
    type: 'function' as const,
    function: {
      name: call.name,
      arguments:
        typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
}

function completion(reply: ScriptedCompletion, model: string, id: string) {
  const toolCalls = toolCallsOf(reply, id);
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: reply.text ?? (reply.chunks ? reply.chunks.join('') : null),
          ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: toolCalls.length ? 'tool_calls' : 'stop',
      },
    ],
    usage: usageOf(reply),
  };
}

async function stream(
  res: ServerResponse,
  reply: ScriptedCompletion,
  request: RecordedRequest,
  id: string,
  isClosed: () => boolean,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const base = { id, object: 'chat.completion.chunk', created: 0, model: request.body.model };
  const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
  const delta = (d: Record<string, unknown>, finish: string | null = null) =>
    send({ ...base, choices: [{ index: 0, delta: d, finish_reason: finish }] });

  delta({ role: 'assistant', content: '' });
  const chunks = reply.chunks ?? reply.text?.match(/\S+\s*|\s+/g) ?? [];
  for (const chunk of chunks) {
    if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
    if (isClosed()) return;
    delta({ content: chunk });
  }
  const toolCalls = toolCallsOf(reply, id);
  toolCalls.forEach((call, index) => {
    // Like real providers: name first, then the arguments in two pieces.
    const args = call.function.arguments;
    const half = Math.ceil(args.length / 2);
    delta({
      tool_calls: [
        {
          index,
          id: call.id,
          type: 'function',
          function: { name: call.function.name, arguments: '' },
        },
      ],
    });
    delta({ tool_calls: [{ index, function: { arguments: args.slice(0, half) } }] });
    delta({ tool_calls: [{ index, function: { arguments: args.slice(half) } }] });
  });
  delta({}, toolCalls.length ? 'tool_calls' : 'stop');
  if (request.body.stream_options?.include_usage) {
    send({ ...base, choices: [], usage: usageOf(reply) });
  }
  res.end('data: [DONE]\n\n');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms).unref();
  });
