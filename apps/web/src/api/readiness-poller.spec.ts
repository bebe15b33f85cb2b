import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Readiness } from '../stores/readiness.store';
import { startReadinessPolling } from './readiness-poller';

/** A check whose answers the test releases one by one. */
function controllableCheck() {
  const pending: Array<(r: Readiness) => void> = [];
  const check = vi.fn(
    (_signal: AbortSignal) =>
      new Promise<Readiness>((resolve) => {
        pending.push(resolve);
      }),
  );
  const answer = async (readiness: Readiness) => {
    pending.shift()?.(readiness);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { check, answer };
}

describe('startReadinessPolling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks at once, then every 5 s, reporting each answer', async () => {
    const { check, answer } = controllableCheck();
    const onResult = vi.fn();
    const stop = startReadinessPolling({ check, onResult });

    expect(check).toHaveBeenCalledTimes(1);
    await answer({ kind: 'ready' });
    expect(onResult).toHaveBeenLastCalledWith({ kind: 'ready' });

    await vi.advanceTimersByTimeAsync(4_999);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(check).toHaveBeenCalledTimes(2);
    await answer({ kind: 'degraded', failing: ['redis'] });
    expect(onResult).toHaveBeenLastCalledWith({ kind: 'degraded', failing: ['redis'] });
    stop();
  });

  it('checks again when the window regains focus, but never two at once', async () => {
    const { check, answer } = controllableCheck();
    const stop = startReadinessPolling({ check, onResult: vi.fn() });

    window.dispatchEvent(new Event('focus'));
    expect(check).toHaveBeenCalledTimes(1); // the first check is still in flight
    await answer({ kind: 'offline' });

    window.dispatchEvent(new Event('focus'));
    expect(check).toHaveBeenCalledTimes(2);
    stop();
  });

  it('reports offline when the check itself throws', async () => {
    const onResult = vi.fn();
    const stop = startReadinessPolling({
      check: () => Promise.reject(new Error('boom')),
      onResult,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(onResult).toHaveBeenCalledWith({ kind: 'offline' });
    stop();
  });

  it('stops completely: no timer, no focus listener, no late answer', async () => {
    const { check, answer } = controllableCheck();
    const onResult = vi.fn();
    const stop = startReadinessPolling({ check, onResult });
    const signal = check.mock.calls[0]?.[0];

    stop();
    expect(signal?.aborted).toBe(true);
    await answer({ kind: 'ready' });
    await vi.advanceTimersByTimeAsync(60_000);
    window.dispatchEvent(new Event('focus'));

    expect(check).toHaveBeenCalledTimes(1);
    expect(onResult).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('survives a strict-mode mount, unmount, mount with a single timer', async () => {
    const check = vi.fn(() => Promise.resolve<Readiness>({ kind: 'ready' }));
    startReadinessPolling({ check, onResult: vi.fn() })();
    const stop = startReadinessPolling({ check, onResult: vi.fn() });
    await vi.advanceTimersByTimeAsync(0);
    check.mockClear();

    await vi.advanceTimersByTimeAsync(5_000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
    stop();
  });
});
