import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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
