import { beforeEach, describe, expect, it } from 'vitest';
import { useSocketStore } from './socket.store';

const initial = useSocketStore.getState();

describe('socket store', () => {
  beforeEach(() => useSocketStore.setState(initial, true));

  it('starts disconnected and without a server version', () => {
    expect(useSocketStore.getState()).toMatchObject({
      status: 'disconnected',
      serverVersion: null,
    });
  });

  it('walks connecting → connected → disconnected and keeps the last version it heard', () => {
    const { setStatus, setServerVersion } = useSocketStore.getState();
    setStatus('connecting');
    expect(useSocketStore.getState().status).toBe('connecting');
    setStatus('connected');
    setServerVersion('1.2.3');
    expect(useSocketStore.getState()).toMatchObject({
      status: 'connected',
      serverVersion: '1.2.3',
    });
    setStatus('disconnected');
    expect(useSocketStore.getState()).toMatchObject({
      status: 'disconnected',
      serverVersion: '1.2.3',
    });
  });
});
