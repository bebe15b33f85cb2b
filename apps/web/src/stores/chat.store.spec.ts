import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import {
  kindError,
  mergeNewest,
  OLDER_PROBLEM,
  stepLine,
  toShown,
  useChatStore,
} from './chat.store';

const session = {
  id: 's1',
  title: 'Hello there',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

beforeEach(() => {
  stubFetch({ '/api/sessions': { status: 200, body: [session] } });
  useChatStore.getState().reset();
});

const chat = () => useChatStore.getState();

describe('chat store, streaming a turn', () => {
  it('accumulates deltas, then the final answer replaces the streamed text', () => {
    chat().beginTurn('Hi');
    expect(chat().turn).toEqual({ sessionId: null, text: '', steps: [] });
    chat().onStarted({ sessionId: 's1', messageId: 'u1' });
    expect(chat().activeId).toBe('s1');
    chat().onDelta({ sessionId: 's1', text: 'Hello, ' });
    chat().onDelta({ sessionId: 's1', text: 'traveller' });
    expect(chat().turn?.text).toBe('Hello, traveller');

    chat().onFinal({
      sessionId: 's1',
      messageId: 'a1',
      text: 'Hello, traveller.',
      usage: { inputTokens: 1, outputTokens: 2 },
      timedOut: false,
    });
    expect(chat().turn).toBeNull();
    expect(chat().messages.map((m) => [m.role, m.text])).toEqual([
      ['user', 'Hi'],
      ['assistant', 'Hello, traveller.'],
    ]);
  });

  it('shows tool calls as compact step lines', () => {
    chat().beginTurn('What are my goals?');
    chat().onStarted({ sessionId: 's1', messageId: 'u1' });
    chat().onStep({ sessionId: 's1', kind: 'thinking' });
    chat().onStep({ sessionId: 's1', kind: 'tool_call', tool: 'list_goals', args: {} });
    chat().onStep({ sessionId: 's1', kind: 'tool_result', tool: 'list_goals', result: [] });
    expect(chat().turn?.steps).toEqual(['Seraph uses list_goals…']);
  });

  it('shows an error kindly and ends the turn', () => {
    chat().beginTurn('Hi');
    chat().onDelta({ sessionId: 's1', text: 'Hel' });
    chat().onError({ sessionId: 's1', code: 'rate_limited', message: '429 Too Many Requests' });
    expect(chat().turn).toBeNull();
    const last = chat().messages.at(-1);
    expect(last).toMatchObject({ role: 'error', text: kindError('rate_limited') });
    expect(last?.text).not.toContain('429');
  });

  it('keeps a timed-out answer, marked as such', () => {
    chat().beginTurn('Hi');
    chat().onFinal({
      sessionId: 's1',
      messageId: 'a1',
      text: 'Sorry, I ran out of time.',
      usage: { inputTokens: 1, outputTokens: 2 },
      timedOut: true,
    });
    expect(chat().messages.at(-1)).toMatchObject({ role: 'assistant', timedOut: true });
  });

  it('ignores events of another session', () => {
    useChatStore.setState({ activeId: 's1' });
    chat().beginTurn('Hi');
    chat().onDelta({ sessionId: 'other', text: 'nope' });
    expect(chat().turn?.text).toBe('');
  });

  it('says so when the message could not be sent', () => {
    chat().beginTurn('Hi');
    chat().failSend();
    expect(chat().turn).toBeNull();
    expect(chat().messages.at(-1)?.role).toBe('error');
  });
});

describe('chat store, sessions and history', () => {
  it('loads the sessions and the newest one’s messages, oldest first', async () => {
    stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': {
        status: 200,
        body: {
          items: [
            { id: 'm3', sessionId: 's1', role: 'assistant', text: 'Done.', createdAt: '' },
            { id: 'm2', sessionId: 's1', role: 'tool', text: '[]', createdAt: '' },
            { id: 'm1b', sessionId: 's1', role: 'assistant', text: '', createdAt: '' },
            { id: 'm1', sessionId: 's1', role: 'user', text: 'List goals', createdAt: '' },
          ],
          nextBefore: null,
        },
      },
    });
    await chat().loadSessions(true);
    expect(chat().sessions).toEqual([session]);
    expect(chat().activeId).toBe('s1');
    expect(chat().messages.map((m) => m.text)).toEqual(['List goals', 'Done.']);
  });

  it('renames and deletes sessions', async () => {
    useChatStore.setState({ sessions: [session], activeId: 's1' });
    stubFetch({ '/api/sessions/s1': { status: 200, body: { ...session, title: 'Renamed' } } });
    await chat().rename('s1', 'Renamed');
    expect(chat().sessions[0]?.title).toBe('Renamed');
    stubFetch({ '/api/sessions/s1': { status: 204 } });
    await chat().remove('s1');
    expect(chat().sessions).toEqual([]);
    expect(chat().activeId).toBeNull();
  });
});

describe('chat helpers', () => {
  it('words steps and converts stored messages', () => {
    expect(stepLine({ sessionId: 's', kind: 'tool_result', tool: 'x', error: 'bad' })).toBe(
      'x did not work out.',
    );
    expect(toShown([])).toEqual([]);
  });
});

describe('chat store, messages Seraph wrote on its own', () => {
  it('re-reads the open session without clearing it, and leaves a running turn alone', async () => {
    await chat().select('s1');
    stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': {
        status: 200,
        body: {
          items: [
            {
              id: 'p1',
              sessionId: 's1',
              role: 'assistant',
              text: 'Time for a short walk?',
              createdAt: '2026-01-01T00:01:00.000Z',
            },
          ],
          nextBefore: null,
        },
      },
    });
    await chat().refreshFromServer();
    expect(chat().messages.map((m) => m.text)).toEqual(['Time for a short walk?']);

    chat().beginTurn('Sure');
    await chat().refreshFromServer();
    expect(chat().messages.map((m) => m.text)).toEqual(['Time for a short walk?', 'Sure']);
  });
});

const msg = (id: string, role: 'user' | 'assistant' = 'user') => ({
  id,
  sessionId: 's1',
  role,
  text: `text ${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
});
/** A page as the api sends it: newest first. */
const page = (ids: string[], nextBefore: string | null) => ({
  status: 200,
  body: { items: ids.map((id) => msg(id)).reverse(), nextBefore },
});
const ids = () => chat().messages.map((m) => m.id);

describe('chat store, older messages', () => {
  it('prepends older pages until the last one, and keeps them when re-reading the newest', async () => {
    stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': page(['m3', 'm4'], 'c3'),
      '/api/sessions/s1/messages?before=c3&limit=50': page(['m1', 'm2'], null),
    });
    await chat().select('s1');
    expect(ids()).toEqual(['m3', 'm4']);
    expect(chat().olderCursor).toBe('c3');
    await chat().loadOlder();
    expect(ids()).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(chat().olderCursor).toBeNull();

    // Seraph wrote on its own: the newest page now ends with m5; older pages stay, merged by id.
    chat().beginTurn('local line');
    chat().failSend();
    stubFetch({
      '/api/sessions': { status: 200, body: [session] },
      '/api/sessions/s1/messages?limit=50': page(['m4', 'm5'], 'c4'),
    });
    await chat().refreshFromServer();
    expect(ids()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(chat().olderCursor).toBeNull();
  });

  it('starts over from the newest page when it no longer reaches the loaded messages', () => {
    const shown = toShown([msg('m2'), msg('m1')]);
    const merged = mergeNewest(shown, null, { items: [msg('m9')], nextBefore: 'c9' });
    expect(merged).toEqual({ messages: toShown([msg('m9')]), olderCursor: 'c9' });
  });

  it('says kindly when older messages cannot be loaded, and lets the user try again', async () => {
    stubFetch({
      '/api/sessions/s1/messages?limit=50': page(['m3'], 'c3'),
      '/api/sessions/s1/messages?before=c3&limit=50': 'network-error',
    });
    await chat().select('s1');
    await chat().loadOlder();
    expect(chat().olderProblem).toBe(OLDER_PROBLEM);
    expect(chat().loadingOlder).toBe(false);
    expect(chat().olderCursor).toBe('c3');
    expect(ids()).toEqual(['m3']);
  });
});
