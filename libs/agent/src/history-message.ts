import type { LlmMessage, LlmToolCall } from './llm-client';

/** A stored chat message as the context window sees it; `tokens` is its cached count. */
export interface HistoryMessage {
  seq: number;
  role: 'user' | 'assistant' | 'tool';
  content: string;
  toolCalls?: LlmToolCall[];
  toolCallId?: string;
  toolName?: string;
  tokens: number;
}

export function toLlmMessage(message: HistoryMessage): LlmMessage {
  if (message.role === 'tool') {
    return { role: 'tool', tool_call_id: message.toolCallId ?? '', content: message.content };
  }
  if (message.role === 'assistant' && message.toolCalls?.length) {
    return {
      role: 'assistant',
      content: message.content || null,
      tool_calls: message.toolCalls.map((call) => ({
        id: call.id,
        type: 'function',
        function: { name: call.name, arguments: call.arguments },
      })),
    };
  }
  return { role: message.role, content: message.content };
}

/**
 * Splits history into units that are kept or dropped whole: an assistant message that called tools
 * together with its tool results, or any other single message. Tool results whose call is missing
 * (cut off earlier) are dropped: a provider refuses them.
 */
export function toUnits(messages: HistoryMessage[]): HistoryMessage[][] {
  const units: HistoryMessage[][] = [];
  for (const message of messages) {
    const last = units.at(-1);
    if (message.role === 'tool') {
      const owner = last?.[0];
      const answers = owner?.toolCalls?.some((call) => call.id === message.toolCallId);
      if (last && answers) last.push(message);
      continue;
    }
    units.push([{ ...message }]);
  }
  // A call whose result is missing (a turn cut short) is refused by providers too: drop it.
  for (const unit of units) {
    const owner = unit[0];
    if (!owner.toolCalls?.length) continue;
    const answered = new Set(unit.slice(1).map((m) => m.toolCallId));
    const calls = owner.toolCalls.filter((call) => answered.has(call.id));
    unit[0] = { ...owner, toolCalls: calls.length ? calls : undefined };
  }
  return units;
}

export const unitTokens = (unit: HistoryMessage[]) => unit.reduce((sum, m) => sum + m.tokens, 0);
