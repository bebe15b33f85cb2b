import { create } from 'zustand';

export type SocketStatus = 'connecting' | 'connected' | 'disconnected';

interface SocketStore {
  status: SocketStatus;
  /** Version the api announced in `server:hello`; kept across reconnects until a new hello. */
  serverVersion: string | null;
  setStatus: (status: SocketStatus) => void;
  setServerVersion: (version: string) => void;
}

export const useSocketStore = create<SocketStore>()((set) => ({
  status: 'disconnected',
  serverVersion: null,
  setStatus: (status) => set({ status }),
  setServerVersion: (serverVersion) => set({ serverVersion }),
}));
