import type { CalendarStatusPayload, CalendarStatusResponse } from '@seraph/contracts';
import { create } from 'zustand';
import { calendarApi } from '../api/calendar-api';
import { problemOf } from '../api/api-client';
import { showFailure, useToastStore } from './toast.store';

interface CalendarStore {
  status: CalendarStatusResponse | null;
  /** Why the status could not be read (shown in the calendar section). */
  problem: string | null;
  disconnecting: boolean;
  load: () => Promise<void>;
  /** A `calendar:status` event: shown at once, then the full status (with counts) is re-read. */
  receive: (payload: CalendarStatusPayload) => void;
  /** Resolves to true when the connection was removed. */
  disconnect: () => Promise<boolean>;
}

let loads = 0;

/** The Google Calendar connection as Settings shows it (`GET /api/calendar/status`). */
export const useCalendarStore = create<CalendarStore>()((set, get) => ({
  status: null,
  problem: null,
  disconnecting: false,
  load: async () => {
    const request = ++loads;
    try {
      const status = await calendarApi.status();
      if (request === loads) set({ status, problem: null });
    } catch (error) {
      if (request === loads) set({ problem: problemOf(error) });
    }
  },
  receive: (payload) => {
    const current = get().status;
    // Not shown yet: Settings reads the full status when it opens.
    if (!current) return;
    set({
      status: {
        ...current,
        status: payload.status,
        lastScanAt: payload.lastScanAt,
        message: payload.message,
      },
    });
    void get().load();
  },
  disconnect: async () => {
    set({ disconnecting: true });
    try {
      await calendarApi.disconnect();
      useToastStore.getState().show('Google Calendar disconnected.', 'info');
      await get().load();
      return true;
    } catch (error) {
      showFailure('Calendar not disconnected', error);
      return false;
    } finally {
      set({ disconnecting: false });
    }
  },
}));
