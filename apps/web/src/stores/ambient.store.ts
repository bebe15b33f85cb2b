import type { AmbientPayload, AmbientState, UserState } from '@seraph/contracts';
import { create } from 'zustand';

interface AmbientStore {
  state: AmbientState;
  reason: string;
  /** Queued insights, from `ambient` and `insights:changed`. */
  insightCount: number;
  /** The user's state from `user_state` (or the interruption-mode answer); null until known. */
  userState: UserState | null;
  set: (state: AmbientState, reason: string, insightCount?: number) => void;
  receive: (payload: AmbientPayload) => void;
  setInsightCount: (insightCount: number) => void;
  setUserState: (userState: UserState) => void;
}

/** The avatar's ambient state from the `ambient` socket event; `idle` until one arrives. */
export const useAmbientStore = create<AmbientStore>()((set) => ({
  state: 'idle',
  reason: '',
  insightCount: 0,
  userState: null,
  set: (state, reason, insightCount) =>
    set(insightCount === undefined ? { state, reason } : { state, reason, insightCount }),
  receive: (payload) =>
    set({ state: payload.state, reason: payload.reason, insightCount: payload.insightCount }),
  setInsightCount: (insightCount) => set({ insightCount: Math.max(0, insightCount) }),
  setUserState: (userState) => set({ userState }),
}));
