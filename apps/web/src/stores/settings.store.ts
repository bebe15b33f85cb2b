import type {
  InterruptionMode,
  InterruptionModeResponse,
  Settings,
  UpdateSettingsRequest,
} from '@seraph/contracts';
import { settingsApi } from '../api/settings-api';
import { create } from 'zustand';
import { useAmbientStore } from './ambient.store';
import { showFailure } from './toast.store';

interface SettingsStore {
  settings: Settings | null;
  mode: InterruptionMode;
  /** Interruptions left today (the attention budget); null until loaded. */
  budget: number | null;
  load: () => Promise<void>;
  receive: (settings: Settings) => void;
  /** Re-reads mode, budget and user state (after a proactive message or a settings change). */
  refreshMode: () => Promise<void>;
  /** Optimistic: the toggle and the HUD follow at once, and roll back if the api refuses. */
  setMode: (mode: InterruptionMode) => Promise<void>;
  /** Resolves to the api's error (for inline messages), or null when saved. */
  update: (body: UpdateSettingsRequest) => Promise<unknown>;
}

// Every mode request gets a number; only the answer to the latest one is applied, so a slow
// refresh cannot undo a mode the user has just picked.
let modeRequests = 0;

export const useSettingsStore = create<SettingsStore>()((set, get) => {
  const applyMode = (answer: InterruptionModeResponse) => {
    set({ mode: answer.mode, budget: answer.attentionBudgetRemaining });
    if (answer.userState) useAmbientStore.getState().setUserState(answer.userState);
  };

  return {
    settings: null,
    mode: 'balanced',
    budget: null,
    load: async () => {
      const request = ++modeRequests;
      try {
        const [settings, mode] = await Promise.all([settingsApi.get(), settingsApi.getMode()]);
        set({ settings });
        if (request === modeRequests) applyMode(mode);
      } catch (error) {
        showFailure('Settings could not be loaded', error);
      }
    },
    receive: (settings) => set({ settings, mode: settings.interruptionMode }),
    refreshMode: async () => {
      const request = ++modeRequests;
      try {
        const answer = await settingsApi.getMode();
        if (request === modeRequests) applyMode(answer);
      } catch {
        // A background refresh: the next event or panel load tries again.
      }
    },
    setMode: async (mode) => {
      const previous = get().mode;
      const request = ++modeRequests;
      set({ mode });
      try {
        const answer = await settingsApi.setMode(mode);
        // A later choice may have been made meanwhile: only the latest one sets the toggle.
        if (request === modeRequests) applyMode(answer);
      } catch (error) {
        if (request === modeRequests) set({ mode: previous });
        showFailure('Mode not changed', error);
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
  };
});
