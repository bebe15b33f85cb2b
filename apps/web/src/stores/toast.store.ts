import { create } from 'zustand';
import { problemOf } from '../api/api-client';

/** `error` notices are announced as alerts; `info` ones (a confirmation) politely. */
export type ToastTone = 'error' | 'info';

export interface Toast {
  id: number;
  text: string;
  tone: ToastTone;
}

interface ToastStore {
  toasts: Toast[];
  show: (text: string, tone?: ToastTone) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short notices (errors by default); each fades after a while or when dismissed. */
export const useToastStore = create<ToastStore>()((set) => ({
  toasts: [],
  show: (text, tone = 'error') => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { id, text, tone }] }));
    setTimeout(() => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })), 8000);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

/** An error toast saying what failed and why: `"<what>: <the api's message>"`. */
export function showFailure(what: string, error: unknown): void {
  useToastStore.getState().show(`${what}: ${problemOf(error)}`);
}
