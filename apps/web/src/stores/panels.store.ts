import { create } from 'zustand';

export const PANEL_IDS = ['chat', 'quests', 'settings'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export interface Point {
  x: number;
  y: number;
}

interface PanelsStore {
  /** Open panels, bottom to top: the last one is drawn on top. */
  open: PanelId[];
  positions: Partial<Record<PanelId, Point>>;
  toggle: (id: PanelId) => void;
  bringToFront: (id: PanelId) => void;
  close: (id: PanelId) => void;
  closeTop: () => void;
  moveTo: (id: PanelId, point: Point) => void;
}

export const usePanelsStore = create<PanelsStore>()((set) => ({
  open: [],
  positions: {},
  toggle: (id) =>
    set((state) => ({
      open: state.open.includes(id) ? state.open.filter((p) => p !== id) : [...state.open, id],
    })),
  bringToFront: (id) =>
    set((state) =>
      state.open.at(-1) === id ? state : { open: [...state.open.filter((p) => p !== id), id] },
    ),
  close: (id) => set((state) => ({ open: state.open.filter((p) => p !== id) })),
  closeTop: () => set((state) => ({ open: state.open.slice(0, -1) })),
  moveTo: (id, point) => set((state) => ({ positions: { ...state.positions, [id]: point } })),
}));
