import type { CalendarSlot } from '@seraph/attention';
import { SCAN_HORIZON_MS, SCAN_LOOKBACK_MS } from '@seraph/calendar';
import { CalendarEventEntity } from '@seraph/persistence';
import { LessThanOrEqual, MoreThanOrEqual, type DataSource } from 'typeorm';

/**
 * Cached events that matter now: the scan's own window, ended within the last hour … starting
 * within 24 h.
 */
export function loadCalendarWindow(
  dataSource: DataSource,
  now: Date,
): Promise<CalendarEventEntity[]> {
  return dataSource.getRepository(CalendarEventEntity).find({
    where: {
      endAt: MoreThanOrEqual(new Date(now.getTime() - SCAN_LOOKBACK_MS)),
      startAt: LessThanOrEqual(new Date(now.getTime() + SCAN_HORIZON_MS)),
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
