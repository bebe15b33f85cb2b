import type { InterruptionMode, Settings, UpdateSettingsRequest } from '@seraph/contracts';
import { settingsApi } from '../api/settings-api';
import { create } from 'zustand';
import { useToastStore } from './toast.store';

interface SettingsStore {
  settings: Settings | null;
  mode: InterruptionMode;
  budget: number | null;
  load: () => Promise<void>;
  receive: (settings: Settings) => void;
  /** Optimistic: the toggle and the HUD follow at once, and roll back if the api refuses. */
  setMode: (mode: InterruptionMode) => Promise<void>;
  /** Resolves to the api's error (for inline messages), or null when saved. */
  update: (body: UpdateSettingsRequest) => Promise<unknown>;
}

export const useSettingsStore = create<SettingsStore>()((set, get) => ({
  settings: null,
  mode: 'balanced',
  budget: null,
  load: async () => {
    try {
      const [settings, mode] = await Promise.all([settingsApi.get(), settingsApi.getMode()]);
      set({ settings, mode: mode.mode, budget: mode.attentionBudgetRemaining });
    } catch (error) {
      useToastStore.getState().show(`Settings could not be loaded: ${(error as Error).message}`);
    }
  },
  receive: (settings) => set({ settings, mode: settings.interruptionMode }),
  setMode: async (mode) => {
    const previous = get().mode;
    set({ mode });
    try {
      const answer = await settingsApi.setMode(mode);
      // A later choice may have been made meanwhile: only the latest one sets the toggle.
      if (get().mode === mode) set({ mode: answer.mode, budget: answer.attentionBudgetRemaining });
    } catch (error) {
      if (get().mode === mode) set({ mode: previous });
      useToastStore.getState().show(`Mode not changed: ${(error as Error).message}`);
    }
  },
  update: async (body) => {
    try {
      const settings = await settingsApi.update(body);
      set({ settings, mode: settings.interruptionMode });
      return null;
    } catch (error) {
      return error;
    }
  },
}));
