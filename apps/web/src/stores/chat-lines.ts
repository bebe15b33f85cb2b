import type {
  ChatErrorCode,
  ChatMessage,
  ChatMessagePage,
  ChatStepPayload,
} from '@seraph/contracts';

// How stored chat messages become the lines the chat panel shows, and how pages of them merge.

/** A line of the chat as shown: what the user said, what Seraph answered, or a kind error note. */
export interface ShownMessage {
  id: string;
  role: 'user' | 'assistant' | 'error';
  text: string;
  timedOut?: boolean;
  /** Shown only here (the user's line before the server stored it, an error note): not stored. */
  local?: true;
}

/** The turn being answered: the text streamed so far and the compact step lines. */
const KIND_ERRORS: Record<ChatErrorCode, string> = {
  invalid_request: 'Seraph could not read that message. Try saying it another way.',
  session_not_found: 'That conversation is gone. Start a new chat and try again.',
  provider_error: 'Seraph lost the thread for a moment. Please try again.',
  rate_limited: 'Seraph needs a short rest (too many requests). Try again in a minute.',
  provider_unreachable: 'Seraph cannot reach the model right now. Check the LLM settings.',
  busy: 'Seraph is still answering your previous message. One moment…',
  internal: 'Something went wrong on Seraph’s side. Please try again.',
};

/** A kind sentence for a chat error code. */
export function kindError(code: ChatErrorCode): string {
  return KIND_ERRORS[code] ?? KIND_ERRORS.internal;
}

/** The compact line shown for a step, or null for steps not worth a line. */
export function stepLine(step: ChatStepPayload): string | null {
  const tool = step.tool ?? 'a tool';
  if (step.kind === 'tool_call') return `Seraph uses ${tool}…`;
  if (step.kind === 'tool_result' && step.error) return `${tool} did not work out.`;
  return null;
}

/** Stored messages (newest first) as shown: oldest first, user and final assistant text only. */
export function toShown(items: ChatMessage[]): ShownMessage[] {
  return items
    .filter((m) => m.role === 'user' || (m.role === 'assistant' && m.text.trim() !== ''))
    .map((m) => ({
      id: m.id,
      role: m.role === 'user' ? ('user' as const) : ('assistant' as const),
      text: m.text,
      timedOut: m.timedOut,
    }))
    .reverse();
}

/**
 * The open session after re-reading its newest page: the older pages the user loaded stay (merged
 * by id), lines that exist only here are dropped (the server has the real ones). When the newest
 * page does not reach the messages shown (many new ones since), it starts over from that page.
 */
export function mergeNewest(
  shown: ShownMessage[],
  cursor: string | null,
  page: ChatMessagePage,
): { messages: ShownMessage[]; olderCursor: string | null } {
  const newest = toShown(page.items);
  const newestIds = new Set(newest.map((m) => m.id));
  const stored = shown.filter((m) => !m.local);
  const older = stored.filter((m) => !newestIds.has(m.id));
  const overlaps = older.length < stored.length;
  if (older.length === 0 || (!overlaps && page.nextBefore !== null)) {
    return { messages: newest, olderCursor: page.nextBefore };
  }
  return { messages: [...older, ...newest], olderCursor: cursor };
}
