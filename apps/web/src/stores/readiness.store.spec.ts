import { beforeEach, describe, expect, it } from 'vitest';
import { useReadinessStore } from './readiness.store';

const initial = useReadinessStore.getState();

describe('readiness store', () => {
  beforeEach(() => useReadinessStore.setState(initial, true));

  it('starts out checking, with no answer yet', () => {
    expect(useReadinessStore.getState().readiness).toEqual({ kind: 'checking' });
    expect(useReadinessStore.getState().checkedAt).toBeNull();
  });

  it('moves between ready, degraded and offline, stamping each answer', () => {
    const { setReadiness } = useReadinessStore.getState();

    setReadiness({ kind: 'ready' }, 1_000);
    expect(useReadinessStore.getState()).toMatchObject({
      readiness: { kind: 'ready' },
      checkedAt: 1_000,
    });

    setReadiness({ kind: 'degraded', failing: ['redis'] }, 2_000);
    expect(useReadinessStore.getState()).toMatchObject({
      readiness: { kind: 'degraded', failing: ['redis'] },
      checkedAt: 2_000,
    });

    setReadiness({ kind: 'offline' }, 3_000);
    expect(useReadinessStore.getState()).toMatchObject({
      readiness: { kind: 'offline' },
      checkedAt: 3_000,
    });

    setReadiness({ kind: 'ready' }, 4_000);
    expect(useReadinessStore.getState().readiness).toEqual({ kind: 'ready' });
  });
});
