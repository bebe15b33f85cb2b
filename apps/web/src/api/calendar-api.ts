import type { CalendarEventList, CalendarStatusResponse } from '@seraph/contracts';
import { callApi } from './api-client';
import { API_ENDPOINTS } from './endpoints';

/** The path the browser navigates to (not fetches) to start Google's OAuth consent. */
export const CALENDAR_CONNECT_PATH = API_ENDPOINTS.calendarOauthStart.split(' ')[1];

export const calendarApi = {
  status: () => callApi<CalendarStatusResponse>('calendarStatus'),
  events: () => callApi<CalendarEventList>('calendarEvents'),
  disconnect: () => callApi<null>('disconnectCalendar'),
};
