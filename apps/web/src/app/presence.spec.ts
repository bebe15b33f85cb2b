import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_INTERVAL_MS, createPresence, watchInteractions } from './presence';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('presence (the activity event)', () => {
  it('sends once on connecting and then at most once a minute while the user interacts', () => {
    const send = vi.fn(() => true);
    const presence = createPresence(send);
    presence.connected();
    expect(send).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(10_000);
      presence.interaction();
    }
    expect(send).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(ACTIVITY_INTERVAL_MS - 50_000);
    presence.interaction();
    expect(send).toHaveBeenCalledTimes(2);
    presence.interaction();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing while idle, and retries the next interaction when the socket was down', () => {
    const send = vi.fn(() => false);
    const presence = createPresence(send);
    vi.advanceTimersByTime(10 * ACTIVITY_INTERVAL_MS);
    expect(send).not.toHaveBeenCalled();
    presence.interaction();
    send.mockReturnValue(true);
    presence.interaction();
    presence.interaction();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('hears keydown, pointerdown and coming back to the tab, until stopped', () => {
    const onInteraction = vi.fn();
    const stop = watchInteractions(onInteraction);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    window.dispatchEvent(new Event('pointerdown'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onInteraction).toHaveBeenCalledTimes(3);

    stop();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(onInteraction).toHaveBeenCalledTimes(3);
  });
});
