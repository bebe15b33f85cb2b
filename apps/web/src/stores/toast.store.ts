import { create } from 'zustand';

export interface Toast {
  id: number;
  text: string;
}

interface ToastStore {
  toasts: Toast[];
  show: (text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short error notices; each fades after a while or when dismissed. */
export const useToastStore = create<ToastStore>()((set) => ({
  toasts: [],
  show: (text) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { id, text }] }));
    setTimeout(() => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })), 8000);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));
