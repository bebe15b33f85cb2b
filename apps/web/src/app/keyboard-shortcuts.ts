import { useEffect } from 'react';
import { usePanelsStore, type PanelId } from '../stores/panels.store';

export type ShortcutAction = { type: 'toggle'; panel: PanelId } | { type: 'close-top' };

export const PANEL_KEYS: Record<PanelId, string> = { chat: 'C', quests: 'Q', settings: 'S' };

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
  const panel = KEY_TO_PANEL[event.key.toLowerCase()];
  return panel ? { type: 'toggle', panel } : null;
}

/** Listens for C / Q / S / Esc on the window, except while typing or while a modal dialog is up. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      const panels = usePanelsStore.getState();
      if (action.type === 'toggle') panels.toggle(action.panel);
      else panels.closeTop();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
