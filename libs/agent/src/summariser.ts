import type { HistoryMessage } from './history-message';
import type { LlmClient } from './llm-client';

const MAX_SUMMARY_INPUT_CHARS = 60_000;

/**
 * Asks the cheap model for a "conversation so far" summary of `evicted`, extending `previous`
 * (rolling: earlier messages are never re-read).
 */
export async function summariseConversation(
  llm: LlmClient,
  previous: string | null,
  evicted: HistoryMessage[],
  options: { sessionId: string; signal?: AbortSignal },
): Promise<string> {
  const transcript = evicted
    .map((m) =>
      m.role === 'tool'
        ? `[tool ${m.toolName ?? ''} result] ${m.content}`
        : `${m.role}: ${m.content}${m.toolCalls?.length ? ` [called ${m.toolCalls.map((c) => c.name).join(', ')}]` : ''}`,
    )
    .join('\n')
    .slice(-MAX_SUMMARY_INPUT_CHARS);
  const result = await llm.complete({
    model: llm.config.summaryModel,
    callType: 'summary',
    sessionId: options.sessionId,
    signal: options.signal,
    messages: [
      {
        role: 'system',
        content:
          'You summarise a conversation between a user and Seraph, their goal-coaching assistant. ' +
          'Write a compact factual summary (at most 200 words): decisions, facts about the user, ' +
          'goals created or changed, open questions. No preamble.',
      },
      {
        role: 'user',
        content:
          (previous
            ? `Summary so far:\n${previous}\n\nContinue it with these later messages:\n`
            : '') + transcript,
      },
    ],
  });
  const text = result.text.trim();
  if (!text) throw new Error('The summary model returned no text');
  return text;
}
