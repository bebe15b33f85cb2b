/** The server hears `activity` at most this often while the user keeps interacting. */
export const ACTIVITY_INTERVAL_MS = 60_000;

export interface Presence {
  /** The user did something (typed, clicked, came back to the tab). */
  interaction: () => void;
  /** The socket (re)connected: tell the server at once. */
  connected: () => void;
}

/**
 * Throttles the `activity` socket event. `send` returns false when the socket is down; then
 * nothing is counted and the next interaction tries again.
 */
export function createPresence(send: () => boolean, intervalMs = ACTIVITY_INTERVAL_MS): Presence {
  let lastSent: number | null = null;
  const sendNow = () => {
    if (send()) lastSent = Date.now();
  };
  return {
    interaction() {
      if (lastSent !== null && Date.now() - lastSent < intervalMs) return;
      sendNow();
    },
    connected: sendNow,
  };
}

/** Reports keydown, pointerdown and a return to the tab; returns a function that stops it. */
export function watchInteractions(onInteraction: () => void, target: Window = window): () => void {
  const doc = target.document;
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') onInteraction();
  };
  const options = { capture: true, passive: true } as const;
  target.addEventListener('keydown', onInteraction, options);
  target.addEventListener('pointerdown', onInteraction, options);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('keydown', onInteraction, options);
    target.removeEventListener('pointerdown', onInteraction, options);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
