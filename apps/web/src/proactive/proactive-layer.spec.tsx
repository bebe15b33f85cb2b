import type { ProactivePayload } from '@seraph/contracts';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { socketSink } from '../app/server-connection';
import { useChatStore } from '../stores/chat.store';
import { usePanelsStore } from '../stores/panels.store';
import { useProactiveStore } from '../stores/proactive.store';
import { BUBBLE_AUTO_HIDE_MS } from './proactive-bubble';
import { ProactiveLayer } from './proactive-layer';

const message = (id: string, patch: Partial<ProactivePayload> = {}): ProactivePayload => ({
  id,
  sessionId: 'seraph-session',
  text: `Message ${id}`,
  urgency: 3,
  type: 'nudge',
  goalIds: [],
  at: '2026-03-01T12:00:00.000Z',
  ...patch,
});

const say = (payload: ProactivePayload) => act(() => socketSink.onProactive?.(payload));
const bubbles = () => screen.queryAllByTestId('proactive-bubble');

beforeEach(() => {
  stubFetch({});
  useProactiveStore.getState().clear();
  usePanelsStore.setState({ open: [], positions: {} });
  useChatStore.getState().reset();
});
afterEach(() => vi.useRealTimers());

describe('proactive bubbles', () => {
  it('appear on a proactive event, in a live region, and go on dismiss', () => {
    render(<ProactiveLayer />);
    expect(screen.getByRole('log', { name: 'Messages from Seraph' })).toBeTruthy();
    say(message('a', { text: 'Your run is due today.', type: 'advisory' }));
    const bubble = bubbles()[0]!;
    expect(bubble.textContent).toContain('Your run is due today.');
    expect(bubble.textContent).toContain('Advice');
    expect(bubble.getAttribute('data-type')).toBe('advisory');

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(bubbles()).toHaveLength(0);
  });

  it('styles an alert apart from nudges', () => {
    render(<ProactiveLayer />);
    say(message('n'));
    say(message('x', { type: 'alert', text: 'Deadline in 1 hour!' }));
    const [alert, nudge] = bubbles();
    expect(alert!.getAttribute('data-type')).toBe('alert');
    expect(alert!.textContent).toContain('Alert');
    expect(nudge!.textContent).toContain('Nudge');
  });

  it('shows at most three, newest on top, and ignores a repeated id', () => {
    render(<ProactiveLayer />);
    for (const id of ['1', '2', '3', '4']) say(message(id));
    say(message('4'));
    expect(bubbles().map((b) => b.textContent?.match(/Message (\d)/)?.[1])).toEqual([
      '4',
      '3',
      '2',
    ]);
  });

  it('hides itself after about 20 s, but not while hovered', () => {
    vi.useFakeTimers();
    render(<ProactiveLayer />);
    say(message('a'));
    say(message('b'));
    const [b] = bubbles();
    fireEvent.mouseEnter(b!);
    act(() => vi.advanceTimersByTime(BUBBLE_AUTO_HIDE_MS + 1000));
    expect(bubbles()).toHaveLength(1);
    expect(bubbles()[0]!.textContent).toContain('Message b');

    fireEvent.mouseLeave(bubbles()[0]!);
    act(() => vi.advanceTimersByTime(BUBBLE_AUTO_HIDE_MS));
    expect(bubbles()).toHaveLength(0);
  });

  it('opens the chat on the Seraph session when clicked', async () => {
    const session = (id: string, title: string) => ({ id, title, createdAt: '', updatedAt: '' });
    stubFetch({
      '/api/sessions': { status: 200, body: [session('s1', 'Groceries'), session('s9', 'Seraph')] },
      '/api/sessions/s9/messages': { status: 200, body: { items: [], nextBefore: null } },
    });
    render(<ProactiveLayer />);
    say(message('a', { text: 'Time for a break?' }));
    fireEvent.click(screen.getByRole('button', { name: /Time for a break\?/ }));
    expect(bubbles()).toHaveLength(0);
    await waitFor(() => expect(usePanelsStore.getState().open).toEqual(['chat']));
    expect(useChatStore.getState().activeId).toBe('s9');
  });

  it('opens the session the message was written into, even after the user renamed it', async () => {
    const session = (id: string, title: string) => ({ id, title, createdAt: '', updatedAt: '' });
    stubFetch({
      '/api/sessions': {
        status: 200,
        body: [session('s1', 'Seraph'), session('s7', 'My coach')],
      },
    });
    render(<ProactiveLayer />);
    say(message('b', { text: 'Water break?', sessionId: 's7' }));
    fireEvent.click(screen.getByRole('button', { name: /Water break\?/ }));
    await waitFor(() => expect(useChatStore.getState().activeId).toBe('s7'));
  });
});
