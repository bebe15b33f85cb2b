import type {
  ChatDeltaPayload,
  ChatErrorPayload,
  ChatFinalPayload,
  ChatSession,
  ChatStartedPayload,
  ChatStepPayload,
} from '@seraph/contracts';
import { create } from 'zustand';
import { chatApi } from '../api/chat-api';
import { problemOf } from '../api/api-client';
import { kindError, mergeNewest, stepLine, toShown, type ShownMessage } from './chat-lines';

export { kindError, mergeNewest, stepLine, toShown, type ShownMessage } from './chat-lines';

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

/** Counts session switches, so a late page of an earlier view is not mixed into the new one. */
let views = 0;

let localIds = 0;
const localId = (prefix: string) => `${prefix}-${++localIds}`;

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
