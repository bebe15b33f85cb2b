import { describe, expect, it } from 'vitest';
import { useSessionStore } from './session.store';

describe('session store', () => {
  it('starts checking and records what the api said', () => {
    expect(useSessionStore.getState().status).toBe('checking');
    useSessionStore.getState().setStatus('locked');
    expect(useSessionStore.getState().status).toBe('locked');
    useSessionStore.getState().setStatus('open');
    expect(useSessionStore.getState().status).toBe('open');
  });
});
