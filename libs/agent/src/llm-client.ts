import OpenAI from 'openai';
import type {
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import { LlmCallLog, type LlmCallStatus, type LlmCallType } from './llm-call-log';
import type { LlmConfig } from './llm-config';
import { costUsd } from './model-table';
import { TimeoutError } from './timeout';

export type LlmMessage = ChatCompletionMessageParam;
export type LlmTool = ChatCompletionTool;

export type LlmErrorCode = 'provider_error' | 'rate_limited' | 'provider_unreachable';

/** A provider failure after the bounded retries, with a sentence for the user. */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LlmToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}

export interface LlmRequest {
  messages: LlmMessage[];
  tools?: LlmTool[];
  model?: string;
  callType: LlmCallType;
  sessionId?: string;
  signal?: AbortSignal;
  /** Streams when given: called with each piece of assistant text. */
  onDelta?: (text: string) => void;
}

export interface LlmResult {
  text: string;
  toolCalls: LlmToolCall[];
  usage: LlmUsage;
}

/** The official `openai` client against any OpenAI-compatible server, with a call log line per call. */
export class LlmClient {
  private readonly client: OpenAI;

  constructor(
    readonly config: LlmConfig,
    private readonly log: LlmCallLog,
  ) {
    this.client = new OpenAI({
      baseURL: config.baseUrl,
      // Local servers (Ollama, LM Studio) need no key, but the client insists on one.
      apiKey: config.apiKey ?? 'no-key',
      maxRetries: config.maxRetries,
      timeout: 10 * 60_000,
    });
  }

  get apiBase(): string {
    return this.client.baseURL;
  }

  async complete(request: LlmRequest): Promise<LlmResult> {
    const model = request.model ?? this.config.model;
    const started = Date.now();
    let firstTokenAt: number | null = null;
    const result: LlmResult = {
      text: '',
      toolCalls: [],
      usage: { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 },
    };
    const finish = (status: LlmCallStatus, error: string | null) =>
      this.record(request, model, status, error, result, started, firstTokenAt);
    try {
      if (request.onDelta) {
        const stream = await this.client.chat.completions.create(
          {
            model,
            messages: request.messages,
            ...(request.tools?.length ? { tools: request.tools } : {}),
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal: request.signal },
        );
        const calls: LlmToolCall[] = [];
        for await (const chunk of stream) {
          if (chunk.usage) result.usage = usageOf(chunk.usage);
          const delta = chunk.choices[0]?.delta;
          if (!delta) continue;
          if (delta.content) {
            firstTokenAt ??= Date.now();
            result.text += delta.content;
            request.onDelta(delta.content);
          }
          for (const part of delta.tool_calls ?? []) {
            firstTokenAt ??= Date.now();
            const call = (calls[part.index] ??= { id: '', name: '', arguments: '' });
            if (part.id) call.id = part.id;
            if (part.function?.name) call.name += part.function.name;
            if (part.function?.arguments) call.arguments += part.function.arguments;
          }
        }
        result.toolCalls = calls.filter(Boolean);
      } else {
        const response = await this.client.chat.completions.create(
          {
            model,
            messages: request.messages,
            ...(request.tools?.length ? { tools: request.tools } : {}),
          },
          { signal: request.signal },
        );
        const message = response.choices[0]?.message;
        result.text = message?.content ?? '';
        result.toolCalls = (message?.tool_calls ?? []).flatMap((call) =>
          call.type === 'function'
            ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments }]
            : [],
        );
        if (response.usage) result.usage = usageOf(response.usage);
      }
      finish('success', null);
      return result;
    } catch (error) {
      const reason = request.signal?.aborted ? request.signal.reason : undefined;
      if (reason instanceof TimeoutError) {
        finish('timeout', reason.message);
        throw reason;
      }
      const mapped = toLlmError(error);
      finish('error', mapped.message);
      throw mapped;
    }
  }

  private record(
    request: LlmRequest,
    model: string,
    status: LlmCallStatus,
    error: string | null,
    result: LlmResult,
    started: number,
    firstTokenAt: number | null,
  ): void {
    const { inputTokens, outputTokens, cachedInputTokens } = result.usage;
    const cost = costUsd(model, inputTokens, outputTokens);
    this.log.write({
      timestamp: new Date(started).toISOString(),
      status,
      model,
      callType: request.callType,
      provider: providerOf(this.apiBase),
      inputTokens,
      outputTokens,
      totalTokens: inputTokens + outputTokens,
      costUsd: cost,
      latencyMs: Date.now() - started,
      timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - started,
      cachedInputTokens,
      sessionId: request.sessionId ?? null,
      priceKnown: cost !== null,
      stream: Boolean(request.onDelta),
      apiBase: this.apiBase,
      error,
      ...(this.log.logContent ? { request: request.messages, response: result } : {}),
    });
  }
}

function usageOf(usage: OpenAI.CompletionUsage): LlmUsage {
  return {
    inputTokens: usage.prompt_tokens ?? 0,
    outputTokens: usage.completion_tokens ?? 0,
    cachedInputTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
  };
}

/** A short provider name from the base URL: openrouter, openai, ollama, localhost… */
export function providerOf(apiBase: string): string {
  try {
    const url = new URL(apiBase);
    if (url.port === '11434') return 'ollama';
    if (url.port === '1234') return 'lmstudio';
    if (url.hostname === 'localhost' || /^[\d.]+$|^\[/.test(url.hostname)) return 'local';
    const parts = url.hostname.split('.');
    return parts.length >= 2 ? (parts.at(-2) ?? url.hostname) : url.hostname;
  } catch {
    return 'unknown';
  }
}

function toLlmError(error: unknown): LlmError {
  if (error instanceof OpenAI.RateLimitError) {
    return new LlmError(
      'rate_limited',
      'The model provider is rate-limiting requests (HTTP 429); please try again in a minute.',
      429,
    );
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new LlmError(
      'provider_unreachable',
      'The model provider could not be reached; check LLM_BASE_URL and the network.',
    );
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    return new LlmError(
      'provider_error',
      `The model provider answered with an error${status ? ` (HTTP ${status})` : ''}: ` +
        `${error.message.slice(0, 200)}`,
      status,
    );
  }
  return new LlmError(
    'provider_error',
    `The model call failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
