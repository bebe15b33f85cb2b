import type {
  InterruptionMode,
  InterruptionModeResponse,
  SetInterruptionModeRequest,
  Settings,
  UpdateSettingsRequest,
} from '@seraph/contracts';
import { callApi } from './api-client';

export const settingsApi = {
  get: () => callApi<Settings>('getSettings'),
  update: (body: UpdateSettingsRequest) => callApi<Settings>('updateSettings', { json: body }),
  getMode: () => callApi<InterruptionModeResponse>('getInterruptionMode'),
  setMode: (mode: InterruptionMode) =>
    callApi<InterruptionModeResponse>('setInterruptionMode', {
      json: { mode } satisfies SetInterruptionModeRequest,
    }),
};
