import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { serverSocket } from '../../app/server-connection';
import { usePanelsStore } from '../../stores/panels.store';
import { useChatStore } from '../../stores/chat.store';
import { ChatPanel } from './chat-panel';

beforeEach(() => {
  stubFetch({ '/api/sessions': { status: 200, body: [] } });
  useChatStore.getState().reset();
  usePanelsStore.setState({ open: ['chat'] });
});

describe('chat panel', () => {
  it('sends with Enter, keeps Shift+Enter as a new line, and streams the answer', async () => {
    const send = vi.spyOn(serverSocket, 'sendChat').mockReturnValue(true);
    render(<ChatPanel />);
    const box = screen.getByRole('textbox', { name: 'Message Seraph' });
    await userEvent.type(box, 'Hello{Shift>}{Enter}{/Shift}there{Enter}');
    expect(send).toHaveBeenCalledWith({ text: 'Hello\nthere' });
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(await screen.findByText('Seraph is thinking…')).toBeTruthy();

    useChatStore.getState().onStarted({ sessionId: 's1', messageId: 'u1' });
    useChatStore.getState().onStep({ sessionId: 's1', kind: 'tool_call', tool: 'list_goals' });
    useChatStore.getState().onDelta({ sessionId: 's1', text: 'Hi, ' });
    useChatStore.getState().onDelta({ sessionId: 's1', text: 'friend' });
    expect(await screen.findByText('Seraph uses list_goals…')).toBeTruthy();
    expect(screen.getByText('Hi, friend')).toBeTruthy();

    useChatStore
      .getState()
      .onError({ sessionId: 's1', code: 'provider_unreachable', message: 'x' });
    expect((await screen.findByRole('alert')).textContent).toContain('cannot reach the model');
    send.mockRestore();
  });
});

const session = {
  id: 's1',
  title: 'Morning plans',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const msg = (id: string) => ({
  id,
  sessionId: 's1',
  role: 'user',
  text: `Line ${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
});
/** A page as the api sends it: newest first. */
const page = (ids: string[], nextBefore: string | null) => ({
  status: 200,
  body: { items: ids.map(msg).reverse(), nextBefore },
});
const shownLines = () =>
  within(screen.getByRole('log', { name: 'Conversation' }))
    .getAllByText(/^Line /)
    .map((p) => p.textContent);

describe('chat panel, older messages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('loads older messages above, keeps the message in view in place, and hides the button at the end', async () => {
    stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': page(['m3', 'm4'], 'c3'),
      '/api/sessions/s1/messages?before=c3&limit=50': page(['m1', 'm2'], null),
    });
    // jsdom has no layout: each message is 100px tall, stacked in list order.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const log = this.closest<HTMLElement>('[role="log"]');
      const all = log ? [...log.querySelectorAll('[data-message-id]')] : [];
      const index = all.indexOf(this);
      const top = this === log || index < 0 ? 0 : index * 100 - (log?.scrollTop ?? 0);
      return { top, height: 100, bottom: top + 100 } as DOMRect;
    });
    render(<ChatPanel />);
    expect(await screen.findByText('Line m3')).toBeTruthy();
    const log = screen.getByRole('log', { name: 'Conversation' });
    log.scrollTop = 50; // looking at m3, half scrolled past

    await userEvent.click(screen.getByRole('button', { name: 'Load older messages' }));
    await waitFor(() => expect(shownLines()).toEqual(['Line m1', 'Line m2', 'Line m3', 'Line m4']));
    // m3 moved down by two messages; the log scrolled with it, so it stays where it was.
    expect(log.scrollTop).toBe(250);
    expect(screen.queryByRole('button', { name: /older messages/ })).toBeNull();
  });

  it('shows a loading state, then a kind error, and can try again', async () => {
    let answer: () => void = () => {};
    const later = new Promise<void>((resolve) => (answer = resolve));
    const fetchMock = stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': page(['m3'], 'c3'),
      '/api/sessions/s1/messages?before=c3&limit=50': 'network-error',
    });
    const stubbed = fetchMock.getMockImplementation()!;
    render(<ChatPanel />);
    await screen.findByText('Line m3');
    fetchMock.mockImplementationOnce(async (input, init) => {
      await later;
      return stubbed(input, init);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Load older messages' }));
    const busy = screen.getByRole('button', { name: 'Loading older messages…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    answer();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Older messages could not be loaded. Please try again in a moment.',
    );
    expect(screen.getByRole('button', { name: 'Load older messages' })).toBeTruthy();
    expect(shownLines()).toEqual(['Line m3']);
  });
});

describe('chat panel, deleting a conversation', () => {
  it('asks in the panel, keeps it on Keep or Escape, and deletes on Delete', async () => {
    const confirmSpy = vi.spyOn(window, 'confirm');
    const fetchMock = stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': page(['m1'], null),
      '/api/sessions/s1': { status: 204 },
    });
    render(<ChatPanel />);
    await screen.findByText('Line m1');
    const remove = () => screen.getByRole('button', { name: 'Delete Morning plans' });

    await userEvent.click(remove());
    let ask = screen.getByRole('group', { name: 'Delete this conversation?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep' }));
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('group', { name: 'Delete this conversation?' })).toBeNull();
    expect(document.activeElement).toBe(remove());

    await userEvent.click(remove());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Delete this conversation?' })).toBeNull();
    expect(usePanelsStore.getState().open).toEqual(['chat']);

    await userEvent.click(remove());
    ask = screen.getByRole('group', { name: 'Delete this conversation?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Delete Morning plans' })).toBeNull(),
    );
    expect(screen.queryByText('Line m1')).toBeNull();
    const deletes = fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE');
    expect(deletes.map(([url]) => url)).toEqual(['/api/sessions/s1']);
    expect(confirmSpy).not.toHaveBeenCalled();
  });
});
