import type { CalendarStatusResponse } from '@seraph/contracts';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch, type Route } from '../../../test/fetch-stub';
import { socketSink } from '../../app/server-connection';
import { useCalendarStore } from '../../stores/calendar.store';
import { useToastStore } from '../../stores/toast.store';
import { CalendarSection } from './calendar-section';
import { formatAgo } from './time-ago';

const status = (patch: Partial<CalendarStatusResponse> = {}): CalendarStatusResponse => ({
  status: 'not_configured',
  source: 'none',
  lastScanAt: null,
  canConnect: true,
  eventCount: 0,
  ...patch,
});

function serve(current: () => CalendarStatusResponse, extra: Record<string, Route> = {}) {
  return stubFetch({ '/api/calendar/status': () => ({ status: 200, body: current() }), ...extra });
}

beforeEach(() => useCalendarStore.setState({ status: null, problem: null, disconnecting: false }));

describe('calendar section', () => {
  it('offers "Connect Google Calendar" when the server can connect', async () => {
    serve(() => status());
    render(<CalendarSection />);
    expect((await screen.findByTestId('calendar-status')).textContent).toBe('Not connected');
    const link = screen.getByRole('link', { name: 'Connect Google Calendar' });
    expect(link.getAttribute('href')).toBe('/api/calendar/oauth/start');
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
    expect(screen.queryByText(/GOOGLE_CLIENT_ID/)).toBeNull();
  });

  it('names the env vars instead when it cannot connect', async () => {
    serve(() => status({ canConnect: false }));
    render(<CalendarSection />);
    expect(
      await screen.findByText(/GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and SECRET_KEY/),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Connect/ })).toBeNull();
  });

  it('shows a connection: last scan, cached events, and disconnects after confirming', async () => {
    let current = status({
      status: 'ok',
      source: 'oauth',
      lastScanAt: new Date(Date.now() - 3 * 60_000).toISOString(),
      eventCount: 4,
    });
    const fetchMock = serve(() => current, { '/api/calendar': { status: 204 } });
    render(<CalendarSection />);
    expect((await screen.findByTestId('calendar-status')).textContent).toBe('Connected');
    expect(screen.getByTestId('calendar-scan').textContent).toBe(
      'Last scan 3 min ago · 4 events cached',
    );
    expect(screen.queryByRole('link', { name: /Connect/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(screen.getByText(/Disconnect Google Calendar\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep connected' }));
    expect(screen.queryByText(/Disconnect Google Calendar\?/)).toBeNull();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    current = status();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByText('Not connected')).toBeTruthy();
    const deleted = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
    expect(deleted?.[0]).toBe('/api/calendar');
    expect(useToastStore.getState().toasts.map((t) => t.text)).toContain(
      'Google Calendar disconnected.',
    );
  });

  it('shows an error in the error style with a hint and a reconnect link', async () => {
    serve(() =>
      status({
        status: 'error',
        source: 'oauth',
        message: 'Google revoked access.',
        eventCount: 2,
      }),
    );
    render(<CalendarSection />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Google revoked access.');
    expect(alert.textContent).toContain('Reconnect Google Calendar to grant access again.');
    expect(screen.getByRole('link', { name: 'Reconnect Google Calendar' })).toBeTruthy();
  });

  it('does not offer Disconnect for a calendar configured by env', async () => {
    serve(() => status({ status: 'ok', source: 'env', lastScanAt: null }));
    render(<CalendarSection />);
    expect(await screen.findByText('Configured by the server’s environment.')).toBeTruthy();
    expect(screen.getByTestId('calendar-scan').textContent).toBe(
      'Not scanned yet · 0 events cached',
    );
    expect(screen.queryByRole('button', { name: 'Disconnect' })).toBeNull();
  });

  it('refreshes on a calendar:status event', async () => {
    let current = status({ status: 'ok', source: 'oauth', eventCount: 1 });
    serve(() => current);
    render(<CalendarSection />);
    expect((await screen.findByTestId('calendar-status')).textContent).toBe('Connected');
    current = status({ status: 'error', source: 'oauth', message: 'Token expired.' });
    act(() => socketSink.onCalendarStatus?.({ status: 'error', lastScanAt: null }));
    expect((await screen.findByRole('alert')).textContent).toContain('Token expired.');
  });
});

describe('formatAgo', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it.each([
    ['2026-03-01T11:59:50Z', 'just now'],
    ['2026-03-01T11:57:00Z', '3 min ago'],
    ['2026-03-01T10:00:00Z', '2 h ago'],
    ['2026-02-27T12:00:00Z', '2 d ago'],
  ])('%s → %s', (iso, text) => expect(formatAgo(iso, now)).toBe(text));
});
