import { describe, expect, it, vi } from 'vitest';
import { createSocketConnection, type SocketLike } from './socket-client';

type Listener = (payload: unknown) => void;

describe('createSocketConnection live events', () => {
  it('hands ambient, goals:changed and settings:changed payloads to the sink', () => {
    const listeners = new Map<string, Listener>();
    const fake = {
      connected: false,
      connect: vi.fn(),
      disconnect: vi.fn(),
      on: (event: string, listener: Listener) => listeners.set(event, listener),
    };
    const sink = {
      setStatus: vi.fn(),
      setServerVersion: vi.fn(),
      onAmbient: vi.fn(),
      onGoalsChanged: vi.fn(),
      onSettingsChanged: vi.fn(),
    };
    createSocketConnection(sink, () => fake as unknown as SocketLike).start();

    const ambient = { state: 'on_track', reason: 'r', insightCount: 0, at: 'now' };
    listeners.get('ambient')?.(ambient);
    listeners.get('goals:changed')?.({ op: 'created', ids: ['g'] });
    listeners.get('settings:changed')?.({ settings: { interruptionMode: 'focus' } });

    expect(sink.onAmbient).toHaveBeenCalledWith(ambient);
    expect(sink.onGoalsChanged).toHaveBeenCalledWith({ op: 'created', ids: ['g'] });
    expect(sink.onSettingsChanged).toHaveBeenCalledWith({
      settings: { interruptionMode: 'focus' },
    });
  });

  it('hands user_state, proactive, calendar:status and insights:changed to the sink', () => {
    const listeners = new Map<string, Listener>();
    const fake = {
      connected: false,
      connect: vi.fn(),
      disconnect: vi.fn(),
      on: (event: string, listener: Listener) => listeners.set(event, listener),
    };
    const sink = {
      setStatus: vi.fn(),
      setServerVersion: vi.fn(),
      onUserState: vi.fn(),
      onProactive: vi.fn(),
      onCalendarStatus: vi.fn(),
      onInsightsChanged: vi.fn(),
    };
    createSocketConnection(sink, () => fake as unknown as SocketLike).start();
    listeners.get('user_state')?.({ state: 'away', at: 'now' });
    listeners.get('proactive')?.({ id: 'p' });
    listeners.get('calendar:status')?.({ status: 'ok', lastScanAt: null });
    listeners.get('insights:changed')?.({ queued: 2 });
    expect(sink.onUserState).toHaveBeenCalledWith({ state: 'away', at: 'now' });
    expect(sink.onProactive).toHaveBeenCalledWith({ id: 'p' });
    expect(sink.onCalendarStatus).toHaveBeenCalledWith({ status: 'ok', lastScanAt: null });
    expect(sink.onInsightsChanged).toHaveBeenCalledWith({ queued: 2 });
  });
});
