import { useEffect } from 'react';
import { deliverInsightsNow } from '../proactive/deliver-insights';
import { usePanelsStore, type PanelId } from '../stores/panels.store';
import { useSessionStore } from '../stores/session.store';

export type ShortcutAction =
  { type: 'toggle'; panel: PanelId } | { type: 'close-top' } | { type: 'deliver-insights' };

export const PANEL_KEYS: Record<PanelId, string> = { chat: 'C', quests: 'Q', settings: 'S' };

/** Delivers the queued insights now (as clicking the ambient indicator does). */
export const INSIGHTS_KEY = 'I';

const KEY_TO_PANEL: Record<string, PanelId> = { c: 'chat', q: 'quests', s: 'settings' };

/** True when keys typed now belong to a field, not to the HUD. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Maps a key press to a HUD action, or null when the press is not a shortcut here. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === 'Escape') return { type: 'close-top' };
  if (event.key.toLowerCase() === INSIGHTS_KEY.toLowerCase()) return { type: 'deliver-insights' };
  const panel = KEY_TO_PANEL[event.key.toLowerCase()];
  return panel ? { type: 'toggle', panel } : null;
}

/** Listens for C / Q / S / I / Esc on the window, except while typing or while a modal dialog is up. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      const panels = usePanelsStore.getState();
      if (action.type === 'toggle') panels.toggle(action.panel);
      else if (action.type === 'deliver-insights') {
        if (useSessionStore.getState().status !== 'locked') void deliverInsightsNow();
      } else panels.closeTop();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
