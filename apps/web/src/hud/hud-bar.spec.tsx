import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { startReadinessPolling } from '../api/readiness-poller';
import { useReadinessStore, type Readiness } from '../stores/readiness.store';
import { useSocketStore } from '../stores/socket.store';
import { HudBar } from './hud-bar';

const initialReadiness = useReadinessStore.getState();
const initialSocket = useSocketStore.getState();

beforeEach(() => {
  useReadinessStore.setState(initialReadiness, true);
  useSocketStore.setState(initialSocket, true);
});

describe('HUD readiness, from the store', () => {
  it.each<[Readiness, string]>([
    [{ kind: 'checking' }, 'checking'],
    [{ kind: 'ready' }, 'ready'],
    [{ kind: 'degraded', failing: ['redis'] }, 'degraded: redis'],
    [{ kind: 'degraded', failing: ['postgres', 'redis'] }, 'degraded: postgres, redis'],
    [{ kind: 'offline' }, 'offline'],
  ])('shows %j as "%s", labelled for assistive tech', (readiness, text) => {
    useReadinessStore.getState().setReadiness(readiness);
    render(<HudBar />);
    const value = screen.getByTestId('hud-readiness');
    expect(value.textContent).toBe(text);
    expect(screen.getByLabelText(`Server: ${text}`)).toBe(value);
  });

  it('follows the store as it changes', () => {
    render(<HudBar />);
    act(() => useReadinessStore.getState().setReadiness({ kind: 'ready' }));
    expect(screen.getByTestId('hud-readiness').textContent).toBe('ready');
    act(() => useReadinessStore.getState().setReadiness({ kind: 'offline' }));
    expect(screen.getByTestId('hud-readiness').textContent).toBe('offline');
  });

  it('gives each state its own icon shape, not just a colour', () => {
    const shapeOf = () =>
      screen.getByTestId('hud-readiness').parentElement?.querySelector('svg')?.innerHTML;
    useReadinessStore.getState().setReadiness({ kind: 'ready' });
    const { unmount } = render(<HudBar />);
    const ready = shapeOf();
    unmount();
    useReadinessStore.getState().setReadiness({ kind: 'offline' });
    render(<HudBar />);
    expect(shapeOf()).toBeTruthy();
    expect(shapeOf()).not.toBe(ready);
  });
});

describe('HUD readiness, from a stubbed GET /health/ready', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  async function pollOnce() {
    await act(async () => {
      stop = startReadinessPolling({
        onResult: (r) => useReadinessStore.getState().setReadiness(r),
      });
    });
    await vi.waitFor(() =>
      expect(screen.getByTestId('hud-readiness').textContent).not.toBe('checking'),
    );
    return screen.getByTestId('hud-readiness').textContent;
  }

  it('shows "ready" on 200', async () => {
    stubFetch({
      '/health/ready': { status: 200, body: { status: 'ok', failing: [], details: {} } },
    });
    render(<HudBar />);
    expect(await pollOnce()).toBe('ready');
  });

  it('shows "degraded: redis" on 503', async () => {
    stubFetch({
      '/health/ready': { status: 503, body: { status: 'error', failing: ['redis'], details: {} } },
    });
    render(<HudBar />);
    expect(await pollOnce()).toBe('degraded: redis');
  });

  it('shows "offline" when the request fails', async () => {
    stubFetch({ '/health/ready': 'network-error' });
    render(<HudBar />);
    expect(await pollOnce()).toBe('offline');
  });
});

describe('HUD socket', () => {
  it.each(['connecting', 'connected', 'disconnected'] as const)('shows "%s"', (status) => {
    useSocketStore.getState().setStatus(status);
    render(<HudBar />);
    expect(screen.getByTestId('hud-socket').textContent).toBe(status);
    expect(screen.getByLabelText(`Link: ${status}`)).toBeTruthy();
  });

  it('shows the server version only once server:hello has been heard', () => {
    render(<HudBar />);
    expect(screen.queryByTestId('hud-version')).toBeNull();
    act(() => useSocketStore.getState().setServerVersion('0.1.0'));
    expect(screen.getByTestId('hud-version').textContent).toBe('v0.1.0');
  });
});
