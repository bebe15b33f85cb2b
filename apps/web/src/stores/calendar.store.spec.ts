import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { useCalendarStore } from './calendar.store';

const base = {
  status: 'ok' as const,
  source: 'oauth' as const,
  lastScanAt: null,
  canConnect: true,
  eventCount: 3,
};

beforeEach(() => useCalendarStore.setState({ status: null, problem: null, disconnecting: false }));

describe('calendar store', () => {
  it('shows a calendar:status event at once, keeping what the event does not carry', () => {
    stubFetch({ '/api/calendar/status': 'network-error' });
    useCalendarStore.setState({ status: base });
    useCalendarStore.getState().receive({ status: 'error', lastScanAt: null, message: 'Revoked' });
    expect(useCalendarStore.getState().status).toMatchObject({
      status: 'error',
      message: 'Revoked',
      source: 'oauth',
      eventCount: 3,
    });
  });

  it('records why the status could not be read', async () => {
    stubFetch({ '/api/calendar/status': { status: 500, body: { message: 'Boom' } } });
    await useCalendarStore.getState().load();
    expect(useCalendarStore.getState().problem).toBe('Boom');
  });
});
