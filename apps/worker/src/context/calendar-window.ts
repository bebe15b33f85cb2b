import type { CalendarSlot } from '@seraph/attention';
import { CalendarEventEntity } from '@seraph/persistence';
import { LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';

const HOUR_MS = 3_600_000;

/** Cached events that matter now: ended within the last hour … starting within 24 h. */
export function loadCalendarWindow(
  dataSource: DataSource,
  now: Date,
): Promise<CalendarEventEntity[]> {
  return dataSource.getRepository(CalendarEventEntity).find({
    where: {
      endAt: MoreThanOrEqual(new Date(now.getTime() - HOUR_MS)),
      startAt: LessThanOrEqual(new Date(now.getTime() + 24 * HOUR_MS)),
    },
    order: { startAt: 'ASC' },
  });
}

/** The slots the user-state rules read. */
export function toSlots(events: readonly CalendarEventEntity[]): CalendarSlot[] {
  return events.map((event) => ({
    start: event.startAt,
    end: event.endAt,
    focus: event.isFocus,
    allDay: event.allDay,
    title: event.title,
  }));
}
