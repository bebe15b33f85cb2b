import { useEffect } from 'react';
import { isTokenRequired } from '../api/session';
import { useSessionStore } from '../stores/session.store';

/** Asks the api once whether an access token is needed, and records the answer. */
export function useSessionCheck(): void {
  useEffect(() => {
    const controller = new AbortController();
    void isTokenRequired(controller.signal).then((required) => {
      if (!controller.signal.aborted)
        useSessionStore.getState().setStatus(required ? 'locked' : 'open');
    });
    return () => controller.abort();
  }, []);
}
