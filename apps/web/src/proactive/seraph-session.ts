import type { ChatSession } from '@seraph/contracts';
import { useChatStore } from '../stores/chat.store';
import { usePanelsStore } from '../stores/panels.store';

/** Title of the chat session the server delivers proactive messages and insights into. */
export const SERAPH_SESSION_TITLE = 'Seraph';

export function findSeraphSession(sessions: ChatSession[]): ChatSession | undefined {
  return sessions.find((s) => s.title.trim().toLowerCase() === SERAPH_SESSION_TITLE.toLowerCase());
}

/**
 * Opens the chat panel on the "Seraph" session (where proactive messages land). When that
 * session cannot be found, the chat panel opens as it is.
 */
export async function openSeraphChat(): Promise<void> {
  const chat = useChatStore.getState();
  if (!chat.turn) {
    await chat.loadSessions();
    const seraph = findSeraphSession(useChatStore.getState().sessions);
    // `select` marks the session active at once, so the panel's own first load keeps it.
    if (seraph) void useChatStore.getState().select(seraph.id);
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
