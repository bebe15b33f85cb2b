import type { ChatSession } from '@seraph/contracts';
import { useChatStore } from '../stores/chat.store';
import { usePanelsStore } from '../stores/panels.store';

/** Title of the chat session the server delivers proactive messages and insights into. */
export const SERAPH_SESSION_TITLE = 'Seraph';

export function findSeraphSession(sessions: ChatSession[]): ChatSession | undefined {
  return sessions.find((s) => s.title.trim().toLowerCase() === SERAPH_SESSION_TITLE.toLowerCase());
}

/**
 * Opens the chat panel on the session a proactive message was written into (`sessionId`), or on
 * the session titled "Seraph". When neither is found, the chat panel opens as it is.
 */
export async function openSeraphChat(sessionId?: string): Promise<void> {
  const chat = useChatStore.getState();
  if (!chat.turn) {
    await chat.loadSessions();
    const { sessions } = useChatStore.getState();
    const target = sessions.find((s) => s.id === sessionId) ?? findSeraphSession(sessions);
    // `select` marks the session active at once, so the panel's own first load keeps it.
    if (target) void useChatStore.getState().select(target.id);
  }
  usePanelsStore.getState().bringToFront('chat');
}

/** After insights were delivered: re-read the sessions and, if it is shown, the Seraph session. */
export async function refreshSeraphChat(): Promise<void> {
  if (!usePanelsStore.getState().open.includes('chat')) return;
  const chat = useChatStore.getState();
  await chat.loadSessions();
  const { activeId, sessions } = useChatStore.getState();
  const seraph = findSeraphSession(sessions);
  if (seraph && activeId === seraph.id) await useChatStore.getState().select(seraph.id);
}
