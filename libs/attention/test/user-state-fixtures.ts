import type { CalendarSlot, UserStateInput } from '../src';

const MINUTE = 60_000;

/** The reason given when no rule but the last applies. */
export const FREE = 'Free, nothing on the calendar';

/** `HH:MM` or `HH:MM:SS` on 2025-06-02 (a Monday) as a UTC instant; ISO strings pass through. */
export function t(time: string): string {
  return time.includes('T') ? time : `2025-06-02T${time.length === 5 ? `${time}:00` : time}Z`;
}

/** An event from `start` to `end` (see `t`); a plain meeting unless told otherwise. */
export function slot(start: string, end: string, extra: Partial<CalendarSlot> = {}): CalendarSlot {
  return {
    start: new Date(t(start)),
    end: new Date(t(end)),
    focus: false,
    allDay: false,
    ...extra,
  };
}

export interface Row {
  now: string;
  timeZone?: string;
  events?: CalendarSlot[];
  /** Minutes since the last interaction; null: never seen. Default 5 (the user is around). */
  seenAgo?: number | null;
  activeHoursStart?: string;
  reviewTime?: string;
}

/** Defaults: UTC, no events, seen 5 minutes ago, active hours from 08:00, review at 21:00. */
export function input(row: Row): UserStateInput {
  const now = new Date(t(row.now));
  const seenAgo = row.seenAgo === undefined ? 5 : row.seenAgo;
  return {
    now,
    timeZone: row.timeZone ?? 'UTC',
    events: row.events ?? [],
    lastInteractionAt: seenAgo === null ? null : new Date(now.getTime() - seenAgo * MINUTE),
    activeHoursStart: row.activeHoursStart ?? '08:00',
    reviewTime: row.reviewTime ?? '21:00',
  };
}
