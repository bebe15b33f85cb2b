import type { ProactivePayload } from '@seraph/contracts';
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_VISIBLE_BUBBLES, useProactiveStore } from './proactive.store';

const message = (id: string): ProactivePayload => ({
  id,
  sessionId: 'seraph-session',
  text: id,
  urgency: 3,
  type: 'advisory',
  goalIds: [],
  at: '',
});
const ids = () => useProactiveStore.getState().bubbles.map((b) => b.id);

beforeEach(() => useProactiveStore.getState().clear());

describe('proactive store', () => {
  it('keeps the newest three, oldest first, without duplicates', () => {
    for (const id of ['a', 'b', 'a', 'c', 'd']) useProactiveStore.getState().receive(message(id));
    expect(MAX_VISIBLE_BUBBLES).toBe(3);
    expect(ids()).toEqual(['b', 'c', 'd']);
  });

  it('dismisses one by id', () => {
    useProactiveStore.getState().receive(message('a'));
    useProactiveStore.getState().receive(message('b'));
    useProactiveStore.getState().dismiss('a');
    expect(ids()).toEqual(['b']);
  });
});
