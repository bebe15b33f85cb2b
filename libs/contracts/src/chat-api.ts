/** Who said a chat message. `tool` messages carry a tool's result back to the model. */
export const CHAT_ROLES = ['user', 'assistant', 'tool'] as const;
export type ChatRole = (typeof CHAT_ROLES)[number];

/** A chat session (conversation), as `GET /api/sessions` lists it, newest activity first. */
export interface ChatSession {
  id: string;
  /** From the first message; the user may rename it. */
  title: string;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /api/sessions`: a title is optional (the first message names the session). */
export interface CreateChatSessionRequest {
  title?: string;
}

/** Body of `PATCH /api/sessions/:id`. */
export interface UpdateChatSessionRequest {
  title: string;
}

/** A tool call an assistant message asked for. */
export interface ChatToolCall {
  id: string;
  name: string;
  /** Arguments as JSON text, as the model wrote them. */
  arguments: string;
}

/** Token usage of one chat turn (every model call in it). */
export interface ChatUsage {
  inputTokens: number;
  outputTokens: number;
}

/** One stored message of a session. */
export interface ChatMessage {
  id: string;
  sessionId: string;
  role: ChatRole;
  text: string;
  /** Assistant messages that called tools. */
  toolCalls?: ChatToolCall[];
  /** Tool messages: the call they answer and the tool's name. */
  toolCallId?: string;
  toolName?: string;
  /** Final assistant messages: the turn's usage, and whether the turn ran out of time. */
  usage?: ChatUsage;
  timedOut?: boolean;
  createdAt: string;
}

/**
 * Body of `GET /api/sessions/:id/messages`: newest first. Pass `nextBefore` as `before` to get the
 * page of older messages; it is null on the last page.
 */
export interface ChatMessagePage {
  items: ChatMessage[];
  nextBefore: string | null;
}

/** Token usage and cost of LLM calls per day and model, from the LLM call log. */
export interface LlmUsageRow {
  day: string;
  model: string;
  callType: string;
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  /** Null when no call of the row had a known price. */
  costUsd: number | null;
}

/** Body of `GET /api/llm/usage?days=N`. */
export interface LlmUsageResponse {
  days: number;
  /** Whether the call log is being written (LLM_LOG_DIR writable). */
  logEnabled: boolean;
  totals: { calls: number; inputTokens: number; outputTokens: number; costUsd: number | null };
  rows: LlmUsageRow[];
}
