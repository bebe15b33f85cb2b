import { useEffect } from 'react';
import { usePanelsStore } from '../stores/panels.store';
import { useToastStore } from '../stores/toast.store';

/**
 * Google's OAuth callback sends the browser back to `/?calendar=connected` or
 * `/?calendar=error&message=…`. Says how it went, opens Settings on the calendar, and removes the
 * query from the address so a reload does not say it again. Returns true when it found one.
 */
export function handleCalendarRedirect(win: Window = window): boolean {
  const url = new URL(win.location.href);
  const outcome = url.searchParams.get('calendar');
  if (outcome !== 'connected' && outcome !== 'error') return false;
  const message = url.searchParams.get('message');
  const toasts = useToastStore.getState();
  if (outcome === 'connected') toasts.show('Google Calendar connected.', 'info');
  else toasts.show(`Google Calendar was not connected: ${message || 'something went wrong.'}`);
  url.searchParams.delete('calendar');
  url.searchParams.delete('message');
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  usePanelsStore.getState().bringToFront('settings');
  return true;
}

/** Runs `handleCalendarRedirect` once, when the app loads. */
export function useCalendarRedirect(): void {
  useEffect(() => {
    handleCalendarRedirect();
  }, []);
}
