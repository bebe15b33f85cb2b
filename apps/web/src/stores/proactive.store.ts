import type { ProactivePayload } from '@seraph/contracts';
import { create } from 'zustand';

/** How many proactive bubbles are on screen at once; a newer one pushes the oldest out. */
export const MAX_VISIBLE_BUBBLES = 3;

interface ProactiveStore {
  /** Oldest first. */
  bubbles: ProactivePayload[];
  receive: (payload: ProactivePayload) => void;
  dismiss: (id: string) => void;
  clear: () => void;
}

/** Proactive messages from Seraph (`proactive` socket event) shown as dialogue bubbles. */
export const useProactiveStore = create<ProactiveStore>()((set) => ({
  bubbles: [],
  receive: (payload) =>
    set((state) => {
      if (state.bubbles.some((b) => b.id === payload.id)) return state;
      return { bubbles: [...state.bubbles, payload].slice(-MAX_VISIBLE_BUBBLES) };
    }),
  dismiss: (id) => set((state) => ({ bubbles: state.bubbles.filter((b) => b.id !== id) })),
  clear: () => set({ bubbles: [] }),
}));
