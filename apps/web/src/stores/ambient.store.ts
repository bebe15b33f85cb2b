import type { AmbientState } from '@seraph/contracts';
import { create } from 'zustand';

interface AmbientStore {
  state: AmbientState;
  reason: string;
  set: (state: AmbientState, reason: string) => void;
}

/** The avatar's ambient state from the `ambient` socket event; `idle` until one arrives. */
export const useAmbientStore = create<AmbientStore>()((set) => ({
  state: 'idle',
  reason: '',
  set: (state, reason) => set({ state, reason }),
}));
