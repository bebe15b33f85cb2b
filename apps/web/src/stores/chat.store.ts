import type {
  ChatDeltaPayload,
  ChatErrorCode,
  ChatErrorPayload,
  ChatFinalPayload,
  ChatMessage,
  ChatMessagePage,
  ChatSession,
  ChatStartedPayload,
  ChatStepPayload,
} from '@seraph/contracts';
import { create } from 'zustand';
import { chatApi } from '../api/chat-api';

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
export interface RunningTurn {
  /** Null until `chat:started` names the session (a first message starts one). */
  sessionId: string | null;
  text: string;
  steps: string[];
}

interface ChatState {
  sessions: ChatSession[];
  activeId: string | null;
  messages: ShownMessage[];
  turn: RunningTurn | null;
  loading: boolean;
  /** A problem loading or changing sessions (not a turn's error, which goes in the messages). */
  problem: string | null;
  /** Where the next page of older messages of the open session starts; null when there is none. */
  olderCursor: string | null;
  loadingOlder: boolean;
  /** A kind note when older messages could not be loaded (the user may try again). */
  olderProblem: string | null;
}

interface ChatActions {
  loadSessions: (selectFirst?: boolean) => Promise<void>;
  /**
   * Re-reads the sessions and the open session's messages without clearing them (Seraph wrote
   * into a session on its own, e.g. a proactive message or a briefing). Skipped during a turn.
   */
  refreshFromServer: () => Promise<void>;
  /** Prepends the next page of older messages of the open session. */
  loadOlder: () => Promise<void>;
  select: (id: string | null) => Promise<void>;
  rename: (id: string, title: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
  /** Shows the user's message and starts waiting for the answer. */
  beginTurn: (text: string) => void;
  /** The message could not be sent at all (socket down). */
  failSend: () => void;
  onStarted: (payload: ChatStartedPayload) => void;
  onStep: (payload: ChatStepPayload) => void;
  onDelta: (payload: ChatDeltaPayload) => void;
  onFinal: (payload: ChatFinalPayload) => void;
  onError: (payload: ChatErrorPayload) => void;
  reset: () => void;
}

const INITIAL: ChatState = {
  sessions: [],
  activeId: null,
  messages: [],
  turn: null,
  loading: false,
  problem: null,
  olderCursor: null,
  loadingOlder: false,
  olderProblem: null,
};

const NO_OLDER = { olderCursor: null, loadingOlder: false, olderProblem: null };

export const OLDER_PROBLEM = 'Older messages could not be loaded. Please try again in a moment.';

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

/** Counts session switches, so a late page of an earlier view is not mixed into the new one. */
let views = 0;

let localIds = 0;
const localId = (prefix: string) => `${prefix}-${++localIds}`;

const problemOf = (error: unknown) =>
  error instanceof Error ? error.message : 'The server could not be reached.';

export const useChatStore = create<ChatState & ChatActions>()((set, get) => {
  /** Whether a turn event belongs to the running turn. */
  const ownsTurn = (sessionId: string | null) => {
    const turn = get().turn;
    return turn !== null && (turn.sessionId === null || turn.sessionId === sessionId);
  };

  return {
    ...INITIAL,

    async loadSessions(selectFirst = false) {
      try {
        const sessions = await chatApi.listSessions();
        set({ sessions, problem: null });
        const { activeId, turn } = get();
        if (selectFirst && activeId === null && turn === null && sessions[0]) {
          await get().select(sessions[0].id);
        }
      } catch (error) {
        set({ problem: problemOf(error) });
      }
    },

    async refreshFromServer() {
      await get().loadSessions();
      const { activeId, turn } = get();
      if (activeId === null || turn !== null) return;
      try {
        const page = await chatApi.messages(activeId);
        const { messages, olderCursor } = get();
        if (get().activeId === activeId && get().turn === null) {
          set(mergeNewest(messages, olderCursor, page));
        }
      } catch {
        // The list stays as it was; the next event or a reselect reads it again.
      }
    },

    async loadOlder() {
      const { activeId, olderCursor, loadingOlder } = get();
      if (activeId === null || olderCursor === null || loadingOlder) return;
      const view = views;
      set({ loadingOlder: true, olderProblem: null });
      try {
        const page = await chatApi.messages(activeId, olderCursor);
        if (view !== views) return;
        const have = new Set(get().messages.map((m) => m.id));
        const older = toShown(page.items).filter((m) => !have.has(m.id));
        set({
          messages: [...older, ...get().messages],
          olderCursor: page.nextBefore,
          loadingOlder: false,
        });
      } catch {
        if (view === views) set({ loadingOlder: false, olderProblem: OLDER_PROBLEM });
      }
    },

    async select(id) {
      if (get().turn) return;
      views += 1;
      set({ activeId: id, messages: [], problem: null, loading: id !== null, ...NO_OLDER });
      if (id === null) return;
      try {
        const page = await chatApi.messages(id);
        if (get().activeId === id) {
          set({ messages: toShown(page.items), olderCursor: page.nextBefore, loading: false });
        }
      } catch (error) {
        set({ loading: false, problem: problemOf(error) });
      }
    },

    async rename(id, title) {
      try {
        const renamed = await chatApi.renameSession(id, title);
        set({ sessions: get().sessions.map((s) => (s.id === id ? renamed : s)) });
      } catch (error) {
        set({ problem: problemOf(error) });
      }
    },

    async remove(id) {
      try {
        await chatApi.deleteSession(id);
        set({ sessions: get().sessions.filter((s) => s.id !== id) });
        if (get().activeId === id) {
          views += 1;
          set({ activeId: null, messages: [], ...NO_OLDER });
        }
      } catch (error) {
        set({ problem: problemOf(error) });
      }
    },

    beginTurn(text) {
      set({
        messages: [...get().messages, { id: localId('user'), role: 'user', text, local: true }],
        turn: { sessionId: get().activeId, text: '', steps: [] },
      });
    },

    failSend() {
      set({
        turn: null,
        messages: [
          ...get().messages,
          {
            id: localId('error'),
            role: 'error',
            text: 'Seraph is out of reach (not connected). Your message was not sent.',
            local: true,
          },
        ],
      });
    },

    onStarted(payload) {
      const turn = get().turn;
      if (!turn || !ownsTurn(payload.sessionId)) return;
      set({ turn: { ...turn, sessionId: payload.sessionId }, activeId: payload.sessionId });
      void get().loadSessions();
    },

    onStep(payload) {
      const turn = get().turn;
      if (!turn || !ownsTurn(payload.sessionId)) return;
      const line = stepLine(payload);
      if (line) set({ turn: { ...turn, steps: [...turn.steps, line] } });
    },

    onDelta(payload) {
      const turn = get().turn;
      if (!turn || !ownsTurn(payload.sessionId)) return;
      set({ turn: { ...turn, text: turn.text + payload.text } });
    },

    onFinal(payload) {
      if (!ownsTurn(payload.sessionId)) return;
      set({
        turn: null,
        messages: [
          ...get().messages,
          {
            id: payload.messageId,
            role: 'assistant',
            text: payload.text,
            timedOut: payload.timedOut,
          },
        ],
      });
      void get().loadSessions();
    },

    onError(payload) {
      if (!ownsTurn(payload.sessionId)) return;
      set({
        turn: null,
        messages: [
          ...get().messages,
          { id: localId('error'), role: 'error', text: kindError(payload.code), local: true },
        ],
      });
    },

    reset: () => {
      views += 1;
      set(INITIAL);
    },
  };
});
