import { describe, expect, it, vi } from 'vitest';
import { createSocketConnection, type SocketLike, type SocketSink } from './socket-client';

type Listener = (payload: unknown) => void;

/** Starts a connection over a fake socket; returns a way to play server events into it. */
function connect(sink: SocketSink): (event: string, payload: unknown) => void {
  const listeners = new Map<string, Listener>();
  const fake = {
    connected: false,
    connect: vi.fn(),
    disconnect: vi.fn(),
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  };
  createSocketConnection(sink, () => fake as unknown as SocketLike).start();
  return (event, payload) => listeners.get(event)?.(payload);
}

const baseSink = () => ({ setStatus: vi.fn(), setServerVersion: vi.fn() });

describe('createSocketConnection live events', () => {
  it('hands ambient, goals:changed and settings:changed payloads to the sink', () => {
    const sink = {
      ...baseSink(),
      onAmbient: vi.fn(),
      onGoalsChanged: vi.fn(),
      onSettingsChanged: vi.fn(),
    };
    const play = connect(sink);
    const ambient = { state: 'on_track', reason: 'r', insightCount: 0, at: 'now' };
    play('ambient', ambient);
    play('goals:changed', { op: 'created', ids: ['g'] });
    play('settings:changed', { settings: { interruptionMode: 'focus' } });

    expect(sink.onAmbient).toHaveBeenCalledWith(ambient);
    expect(sink.onGoalsChanged).toHaveBeenCalledWith({ op: 'created', ids: ['g'] });
    expect(sink.onSettingsChanged).toHaveBeenCalledWith({
      settings: { interruptionMode: 'focus' },
    });
  });

  it('hands user_state, proactive, calendar:status and insights:changed to the sink', () => {
    const sink = {
      ...baseSink(),
      onUserState: vi.fn(),
      onProactive: vi.fn(),
      onCalendarStatus: vi.fn(),
      onInsightsChanged: vi.fn(),
    };
    const play = connect(sink);
    play('user_state', { state: 'away', at: 'now' });
    play('proactive', { id: 'p' });
    play('calendar:status', { status: 'ok', lastScanAt: null });
    play('insights:changed', { queued: 2 });
    expect(sink.onUserState).toHaveBeenCalledWith({ state: 'away', at: 'now' });
    expect(sink.onProactive).toHaveBeenCalledWith({ id: 'p' });
    expect(sink.onCalendarStatus).toHaveBeenCalledWith({ status: 'ok', lastScanAt: null });
    expect(sink.onInsightsChanged).toHaveBeenCalledWith({ queued: 2 });
  });
});
