import type { Readiness } from '../stores/readiness.store';
import { fetchReadiness } from './readiness';

export const READINESS_POLL_MS = 5_000;

export interface ReadinessPollerOptions {
  onResult: (readiness: Readiness) => void;
  check?: (signal: AbortSignal) => Promise<Readiness>;
  intervalMs?: number;
  /** Where focus / online / visibility events come from. */
  win?: Window;
}

/**
 * Checks readiness now, every `intervalMs`, and whenever the window regains focus or the network.
 * One check runs at a time. Returns a stop function that clears the timer, removes the listeners
 * and drops any answer still in flight.
 */
export function startReadinessPolling(options: ReadinessPollerOptions): () => void {
  const {
    onResult,
    check = fetchReadiness,
    intervalMs = READINESS_POLL_MS,
    win = window,
  } = options;
  const controller = new AbortController();
  let inFlight = false;

  const poll = () => {
    if (inFlight || controller.signal.aborted) return;
    inFlight = true;
    check(controller.signal)
      .then((readiness) => {
        if (!controller.signal.aborted) onResult(readiness);
      })
      .catch(() => {
        if (!controller.signal.aborted) onResult({ kind: 'offline' });
      })
      .finally(() => {
        inFlight = false;
      });
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'visible') poll();
  };

  const timer = win.setInterval(poll, intervalMs);
  win.addEventListener('focus', poll);
  win.addEventListener('online', poll);
  win.document.addEventListener('visibilitychange', onVisibility);
  poll();

  return () => {
    controller.abort();
    win.clearInterval(timer);
    win.removeEventListener('focus', poll);
    win.removeEventListener('online', poll);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
