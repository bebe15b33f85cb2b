import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarEvent } from '@seraph/contracts';
import type { CalendarEventEntity } from '@seraph/persistence';
import { isFocusEvent } from './focus';

export const UNTITLED_EVENT = '(no title)';

type EventTime = calendar_v3.Schema$EventDateTime | undefined;

function instant(time: EventTime): Date | undefined {
  if (time?.dateTime) return new Date(time.dateTime);
  // An all-day date has no zone of its own; midnight UTC keeps it a whole-day span.
  if (time?.date) return new Date(`${time.date}T00:00:00Z`);
  return undefined;
}

/**
 * Free text from Google, trimmed, without NUL characters: PostgreSQL text cannot hold them, and
 * one such title would fail the whole scan's insert. Empty → undefined.
 */
function cleanText(text: string | null | undefined): string | undefined {
  return text?.replaceAll('\u0000', '').trim() || undefined;
}

/** Event types that mark a place or a date, not time spent with someone. */
const NOT_BUSY_TYPES = new Set(['workingLocation', 'birthday']);

/**
 * Whether the event takes the user's time: not an invitation they declined, not one they marked
 * as "free" (transparent), not a working-location or birthday marker.
 */
export function keepsUserBusy(event: calendar_v3.Schema$Event): boolean {
  if (event.transparency === 'transparent') return false;
  if (event.eventType && NOT_BUSY_TYPES.has(event.eventType)) return false;
  const self = event.attendees?.find((attendee) => attendee.self);
  return self?.responseStatus !== 'declined';
}

/**
 * A Google event as a cache row; undefined for what is not worth caching (cancelled, declined,
 * marked free, a working-location or birthday marker, or without times).
 */
export function toEventRow(
  event: calendar_v3.Schema$Event,
  scannedAt: Date,
): CalendarEventEntity | undefined {
  const startAt = instant(event.start);
  const endAt = instant(event.end);
  if (!event.id || event.status === 'cancelled' || !startAt || !endAt) return undefined;
  if (!keepsUserBusy(event)) return undefined;
  if (Number.isNaN(startAt.getTime()) || Number.isNaN(endAt.getTime())) return undefined;
  const title = cleanText(event.summary) ?? UNTITLED_EVENT;
  return {
    id: event.id,
    title,
    startAt,
    endAt: endAt < startAt ? startAt : endAt,
    location: cleanText(event.location) ?? null,
    attendeeCount: event.attendees?.length ?? 0,
    isFocus: isFocusEvent({ eventType: event.eventType, summary: title }),
    allDay: !event.start?.dateTime && Boolean(event.start?.date),
    scannedAt,
  };
}

/** A cache row in the api's shape. */
export function toCalendarEvent(row: CalendarEventEntity): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    start: row.startAt.toISOString(),
    end: row.endAt.toISOString(),
    location: row.location,
    attendeeCount: row.attendeeCount,
    focus: row.isFocus,
    allDay: row.allDay,
  };
}
