import type { ReadinessDependency } from '@seraph/contracts';
import { create } from 'zustand';

/** What the HUD knows about the api's readiness (`GET /health/ready`). */
export type Readiness =
  | { kind: 'checking' }
  | { kind: 'ready' }
  | { kind: 'degraded'; failing: ReadinessDependency[] }
  | { kind: 'offline' };

interface ReadinessStore {
  readiness: Readiness;
  /** When the last answer (or failure) arrived, ms since epoch; null before the first one. */
  checkedAt: number | null;
  setReadiness: (readiness: Readiness, at?: number) => void;
}

export const useReadinessStore = create<ReadinessStore>()((set) => ({
  readiness: { kind: 'checking' },
  checkedAt: null,
  setReadiness: (readiness, at = Date.now()) => set({ readiness, checkedAt: at }),
}));
