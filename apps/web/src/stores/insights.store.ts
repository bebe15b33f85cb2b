import { create } from 'zustand';
import { insightsApi } from '../api/insights-api';
import { useToastStore } from './toast.store';

interface InsightsStore {
  delivering: boolean;
  /** A "think now" request is on its way to the server. */
  asking: boolean;
  /** Asks the worker for a strategist tick now; true when it was queued. */
  thinkNow: () => Promise<boolean>;
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
  thinkNow: async () => {
    if (get().asking) return false;
    set({ asking: true });
    try {
      await insightsApi.runStrategist();
      useToastStore
        .getState()
        .show(
          'Seraph is looking over your quests and calendar. Anything worth saying appears here.',
          'info',
        );
      return true;
    } catch (error) {
      useToastStore.getState().show(`Seraph could not start thinking: ${(error as Error).message}`);
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
      useToastStore.getState().show(`Insights not delivered: ${(error as Error).message}`);
      return null;
    } finally {
      set({ delivering: false });
    }
  },
}));
