import { LlmError, type LlmClient, type LlmMessage, type LlmToolCall } from './llm-client';
import { TIMED_OUT_MESSAGE } from './llm-config';
import { TimeoutError, withTimeout } from './timeout';
import type { ToolRegistry } from './tools/tool-registry';

export type TurnStep =
  | { kind: 'thinking' }
  | { kind: 'tool_call'; tool: string; args: unknown }
  | { kind: 'tool_result'; tool: string; result?: unknown; error?: string };

/** A message the turn added to the conversation, to be stored in order. */
export type TurnRecord =
  | { role: 'assistant'; content: string; toolCalls?: LlmToolCall[] }
  | { role: 'tool'; toolCallId: string; toolName: string; content: string };

export interface TurnResult {
  /** The final answer shown to the user. */
  text: string;
  usage: { inputTokens: number; outputTokens: number };
  timedOut: boolean;
  /** Set when the provider failed; `text` is then empty. */
  failure?: LlmError;
  /** Every assistant and tool message of the turn, the final answer last (unless it failed). */
  records: TurnRecord[];
}

export interface TurnOptions {
  llm: LlmClient;
  tools: ToolRegistry;
  /** System prompt first, then the fitted history ending with the user's message. */
  messages: LlmMessage[];
  sessionId: string;
  timeoutMs: number;
  /** Model calls per turn before the agent must answer without tools. Default 8. */
  maxSteps?: number;
  onStep: (step: TurnStep) => void;
  onDelta: (text: string) => void;
}

const MAX_TOOL_RESULT_CHARS = 16_000;

/**
 * One chat turn: model call (streamed), tool calls run and fed back, until the model answers in
 * text. The whole turn is bounded by `timeoutMs` through an AbortSignal that really cancels the
 * HTTP call; past it the answer is a short fallback and `timedOut` is true.
 */
export async function runAgentTurn(options: TurnOptions): Promise<TurnResult> {
  const records: TurnRecord[] = [];
  const usage = { inputTokens: 0, outputTokens: 0 };
  const messages = [...options.messages];
  const maxSteps = options.maxSteps ?? 8;
  let partial = '';
  try {
    const text = await withTimeout('chat turn', options.timeoutMs, async (signal) => {
      for (let step = 0; ; step += 1) {
        options.onStep({ kind: 'thinking' });
        partial = '';
        const allowTools = step < maxSteps - 1;
        const result = await options.llm.complete({
          messages,
          tools: allowTools ? options.tools.schemas() : undefined,
          callType: 'chat',
          sessionId: options.sessionId,
          signal,
          onDelta: (delta) => {
            partial += delta;
            options.onDelta(delta);
          },
        });
        usage.inputTokens += result.usage.inputTokens;
        usage.outputTokens += result.usage.outputTokens;
        if (result.toolCalls.length === 0 || !allowTools) return result.text;
        const calls = result.toolCalls.map((call, index) => ({
          ...call,
          id: call.id || `call_${step}_${index}`,
        }));
        records.push({ role: 'assistant', content: result.text, toolCalls: calls });
        messages.push({
          role: 'assistant',
          content: result.text || null,
          tool_calls: calls.map((call) => ({
            id: call.id,
            type: 'function',
            function: { name: call.name, arguments: call.arguments },
          })),
        });
        for (const call of calls) {
          options.onStep({ kind: 'tool_call', tool: call.name, args: parseArgs(call.arguments) });
          const outcome = await options.tools.execute(call.name, call.arguments, signal);
          options.onStep(
            outcome.ok
              ? { kind: 'tool_result', tool: call.name, result: outcome.result }
              : { kind: 'tool_result', tool: call.name, error: outcome.error },
          );
          const content = truncate(
            JSON.stringify(outcome.ok ? { result: outcome.result } : { error: outcome.error }),
          );
          records.push({ role: 'tool', toolCallId: call.id, toolName: call.name, content });
          messages.push({ role: 'tool', tool_call_id: call.id, content });
        }
      }
    });
    records.push({ role: 'assistant', content: text });
    return { text, usage, timedOut: false, records };
  } catch (error) {
    if (error instanceof TimeoutError) {
      const text = partial ? `${partial}\n\n${TIMED_OUT_MESSAGE}` : TIMED_OUT_MESSAGE;
      records.push({ role: 'assistant', content: text });
      return { text, usage, timedOut: true, records };
    }
    if (error instanceof LlmError)
      return { text: '', usage, timedOut: false, failure: error, records };
    throw error;
  }
}

function parseArgs(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function truncate(text: string): string {
  return text.length > MAX_TOOL_RESULT_CHARS
    ? `${text.slice(0, MAX_TOOL_RESULT_CHARS)}… (truncated)`
    : text;
}
