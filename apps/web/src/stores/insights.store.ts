import type { StrategistRun } from '@seraph/contracts';
import { create } from 'zustand';
import { insightsApi } from '../api/insights-api';
import { showFailure, useToastStore } from './toast.store';

interface InsightsStore {
  delivering: boolean;
  /** A "think now" request is on its way to the server. */
  asking: boolean;
  /** Asks the worker for a strategist tick now; true when it was queued. */
  thinkNow: () => Promise<boolean>;
  /** The newest strategist tick, once loaded (null: none yet or not loaded). */
  lastRun: StrategistRun | null;
  loadLastRun: () => Promise<void>;
  /** Delivers every queued insight now; resolves to how many were delivered (null on failure). */
  deliver: () => Promise<number | null>;
}

/** Text of the confirmation toast after a delivery. */
export function deliveredText(count: number): string {
  if (count === 0) return 'Nothing waiting.';
  return `Delivered ${count} insight${count === 1 ? '' : 's'}.`;
}

/** Queued insights on demand (the ambient indicator's click and the `I` key). */
export const useInsightsStore = create<InsightsStore>()((set, get) => ({
  delivering: false,
  asking: false,
  lastRun: null,
  loadLastRun: async () => {
    try {
      const { items } = await insightsApi.strategistRuns(1);
      set({ lastRun: items[0] ?? null });
    } catch {
      // Only a status line; the next event or opening Settings again reads it.
    }
  },
  thinkNow: async () => {
    if (get().asking) return false;
    set({ asking: true });
    try {
      const { jobId } = await insightsApi.runStrategist();
      void followRun(jobId, get().loadLastRun, () => get().lastRun);
      useToastStore
        .getState()
        .show(
          'Seraph is looking over your quests and calendar. Anything worth saying appears here.',
          'info',
        );
      return true;
    } catch (error) {
      showFailure('Seraph could not start thinking', error);
      return false;
    } finally {
      set({ asking: false });
    }
  },
  deliver: async () => {
    if (get().delivering) return null;
    set({ delivering: true });
    try {
      const answer = await insightsApi.deliver();
      const count = answer?.delivered?.length ?? 0;
      useToastStore.getState().show(deliveredText(count), 'info');
      return count;
    } catch (error) {
      showFailure('Insights not delivered', error);
      return null;
    } finally {
      set({ delivering: false });
    }
  },
}));

/** Re-reads the newest tick for a few seconds until the asked-for one has finished. */
async function followRun(
  jobId: string,
  load: () => Promise<void>,
  last: () => StrategistRun | null,
  attempts = 10,
  everyMs = 1_000,
): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    await load();
    const run = last();
    if (run?.jobId === jobId && run.finishedAt) return;
  }
}
