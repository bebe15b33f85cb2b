import type { CalendarStatus } from './attention.js';

/** One cached Google Calendar event (the next 24 h, plus the last hour). */
export interface CalendarEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  location: string | null;
  attendeeCount: number;
  /** Google's own `focusTime` event type, or a title such as "Focus", "Deep work", "Do not disturb". */
  focus: boolean;
  allDay: boolean;
}

/** Body of `GET /api/calendar/events`: events overlapping now … now + 24 h, soonest first. */
export interface CalendarEventList {
  items: CalendarEvent[];
}

/** Where the calendar credentials come from. */
export const CALENDAR_SOURCES = ['none', 'env', 'oauth'] as const;
export type CalendarSource = (typeof CALENDAR_SOURCES)[number];

/** Body of `GET /api/calendar/status`. */
export interface CalendarStatusResponse {
  status: CalendarStatus;
  source: CalendarSource;
  /** When the last scan finished (ISO 8601), null before the first. */
  lastScanAt: string | null;
  /** What went wrong (status `error`), in words the user can act on. */
  message?: string;
  /**
   * True when GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and SECRET_KEY are set, so Settings can offer
   * "Connect Google Calendar" (`GET /api/calendar/oauth/start`).
   */
  canConnect: boolean;
  /** Events cached from the last scan. */
  eventCount: number;
}
