import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { useSessionStore } from '../stores/session.store';
import { App } from './app';

// The real module opens a socket and polls; here only the session flow is under test.
const connection = vi.hoisted(() => ({ stop: vi.fn(), reconnect: vi.fn() }));
vi.mock('./server-connection', () => ({
  startServerConnection: () => connection.stop,
  serverSocket: { start: () => connection.stop, reconnect: connection.reconnect },
}));

beforeEach(() => {
  useSessionStore.setState({ status: 'checking' });
  connection.stop.mockReset();
  connection.reconnect.mockReset();
});

const locked = { status: 200, body: { authRequired: true, authenticated: false } };

describe('App', () => {
  it('shows the shell when the api has no session endpoint', async () => {
    stubFetch({ '/api/auth/session': { status: 404, body: { statusCode: 404 } } });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The village sleeps' })).toBeTruthy();
    expect(screen.getByTestId('hud-readiness')).toBeTruthy();
    expect(screen.queryByLabelText('Access token')).toBeNull();
  });

  it('shows the shell when the session check fails outright', async () => {
    stubFetch({ '/api/auth/session': 'network-error' });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The village sleeps' })).toBeTruthy();
  });

  it('shows the shell when already signed in', async () => {
    stubFetch({
      '/api/auth/session': { status: 200, body: { authRequired: true, authenticated: true } },
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'The village sleeps' })).toBeTruthy();
  });

  it('asks for a token, refuses a wrong one, then opens and reconnects the socket', async () => {
    let accept = false;
    const fetchMock = stubFetch({
      '/api/auth/session': locked,
      '/api/auth/login': () =>
        accept ? { status: 204 } : { status: 401, body: { statusCode: 401 } },
    });
    render(<App />);

    const field = await screen.findByLabelText('Access token');
    fireEvent.change(field, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enter' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That token was not accepted.',
    );
    expect(connection.reconnect).not.toHaveBeenCalled();

    accept = true;
    fireEvent.change(field, { target: { value: 'right' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enter' }));
    expect(await screen.findByRole('heading', { name: 'The village sleeps' })).toBeTruthy();
    expect(connection.reconnect).toHaveBeenCalledTimes(1);

    const login = fetchMock.mock.calls.findLast(([path]) => path === '/api/auth/login');
    expect(login?.[1]).toMatchObject({ method: 'POST', body: JSON.stringify({ token: 'right' }) });
  });

  it('stops the connection when unmounted', async () => {
    stubFetch({});
    const { unmount } = render(<App />);
    await screen.findByRole('heading', { name: 'The village sleeps' });
    unmount();
    expect(connection.stop).toHaveBeenCalledTimes(1);
  });
});
