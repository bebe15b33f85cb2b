import { create } from 'zustand';

/**
 * `checking`: asking the api whether a token is needed; `open`: the shell may show (no auth,
 * already signed in, or the api did not say); `locked`: the api wants an access token first.
 */
export type SessionStatus = 'checking' | 'open' | 'locked';

interface SessionStore {
  status: SessionStatus;
  setStatus: (status: SessionStatus) => void;
}

export const useSessionStore = create<SessionStore>()((set) => ({
  status: 'checking',
  setStatus: (status) => set({ status }),
}));
