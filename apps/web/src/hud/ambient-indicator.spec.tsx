import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { ToastStack } from '../app/toast-stack';
import { socketSink } from '../app/server-connection';
import { useKeyboardShortcuts } from '../app/keyboard-shortcuts';
import { useAmbientStore } from '../stores/ambient.store';
import { useSessionStore } from '../stores/session.store';
import { HudActions } from './hud-actions';

function Harness() {
  useKeyboardShortcuts();
  return (
    <>
      <HudActions />
      <ToastStack />
    </>
  );
}

const insight = (id: string) => ({
  id,
  text: id,
  urgency: 2,
  type: 'advisory',
  goalIds: [],
  status: 'delivered',
  createdAt: '',
  deliveredAt: '',
});

function serveDeliver(count: number) {
  return stubFetch({
    '/api/insights/deliver': {
      status: 200,
      body: { delivered: Array.from({ length: count }, (_, i) => insight(`i${i}`)) },
    },
  });
}

const ambient = (state: 'has_insight' | 'idle', insightCount: number) =>
  act(() => socketSink.onAmbient?.({ state, reason: 'queued', insightCount, at: '' }));

beforeEach(() => {
  useAmbientStore.setState({ state: 'idle', reason: '', insightCount: 0, userState: null });
  useSessionStore.setState({ status: 'open' });
});

describe('ambient indicator', () => {
  it('is a plain status without insights waiting', () => {
    render(<Harness />);
    expect(screen.getByRole('status', { name: 'Ambient: idle' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Deliver/ })).toBeNull();
    expect(screen.queryByTestId('hud-insight-count')).toBeNull();
  });

  it('shows the count and delivers on click, with a toast', async () => {
    const fetchMock = serveDeliver(2);
    render(<Harness />);
    ambient('has_insight', 2);
    expect(screen.getByTestId('hud-insight-count').textContent).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: /Deliver 2 insights now/ }));
    const toast = await screen.findByText('Delivered 2 insights.');
    expect(toast.closest('[role="status"]')).toBeTruthy();
    const call = fetchMock.mock.calls.find(([path]) => path === '/api/insights/deliver');
    expect(call?.[1]?.method).toBe('POST');
  });

  it('says "Nothing waiting" when the queue was already empty, with the I key', async () => {
    const fetchMock = serveDeliver(0);
    render(<Harness />);
    ambient('has_insight', 1);
    await userEvent.keyboard('i');
    expect(await screen.findByText('Nothing waiting.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/insights/deliver', expect.anything());
  });

  it('reports a failed delivery as an error', async () => {
    stubFetch({ '/api/insights/deliver': { status: 503, body: { message: 'Queue is down.' } } });
    render(<Harness />);
    ambient('has_insight', 1);
    fireEvent.click(screen.getByRole('button', { name: /Deliver 1 insight now/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Queue is down.');
  });
});

describe('user state in the HUD', () => {
  it('appears from user_state with a short label and an explaining tooltip', () => {
    render(<Harness />);
    expect(screen.queryByTestId('hud-user-state')).toBeNull();
    act(() => socketSink.onUserState?.({ state: 'in_meeting', at: '' }));
    const chip = screen.getByTestId('hud-user-state');
    expect(chip.textContent).toBe('In meeting');
    expect(chip.getAttribute('title')).toContain('holds messages');
    act(() => socketSink.onUserState?.({ state: 'available', at: '' }));
    expect(screen.getByTestId('hud-user-state').textContent).toBe('Available');
  });
});
