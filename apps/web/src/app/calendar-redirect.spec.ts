import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePanelsStore } from '../stores/panels.store';
import { useToastStore } from '../stores/toast.store';
import { handleCalendarRedirect } from './calendar-redirect';

const toasts = () => useToastStore.getState().toasts.map((t) => [t.tone, t.text]);

beforeEach(() => usePanelsStore.setState({ open: [], positions: {} }));
afterEach(() => window.history.replaceState(null, '', '/'));

describe('the OAuth return to /?calendar=…', () => {
  it('says "connected", opens Settings and cleans the address', () => {
    window.history.replaceState(null, '', '/?calendar=connected&keep=1#top');
    expect(handleCalendarRedirect()).toBe(true);
    expect(toasts()).toEqual([['info', 'Google Calendar connected.']]);
    expect(usePanelsStore.getState().open).toEqual(['settings']);
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      '/?keep=1#top',
    );
  });

  it('shows the error message as an error', () => {
    window.history.replaceState(null, '', '/?calendar=error&message=Access%20denied');
    handleCalendarRedirect();
    expect(toasts()).toEqual([['error', 'Google Calendar was not connected: Access denied']]);
    expect(window.location.search).toBe('');
  });

  it('does nothing without the query', () => {
    window.history.replaceState(null, '', '/?other=1');
    expect(handleCalendarRedirect()).toBe(false);
    expect(toasts()).toEqual([]);
    expect(window.location.search).toBe('?other=1');
  });
});
