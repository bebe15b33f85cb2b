import type {
  CalendarEvent,
  CalendarStatusResponse,
  CalendarStatusPayload,
} from '@seraph/contracts';
import {
  CALENDAR_CONNECTION_ROW_ID,
  CalendarConnectionEntity,
  CalendarEventEntity,
  type CalendarRowStatus,
} from '@seraph/persistence';
import { LessThan, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { missingForConnect, type CalendarOptions } from './calendar-options';
import { credentialSource } from './credentials';
import { toCalendarEvent } from './event-mapping';

export const HOUR_MS = 60 * 60 * 1000;

/** The one connection row (the migration inserts it; recreated if someone deleted it). */
export async function readConnection(
  db: DataSource | EntityManager,
): Promise<CalendarConnectionEntity> {
  const repo = db.getRepository(CalendarConnectionEntity);
  const row = await repo.findOneBy({ id: CALENDAR_CONNECTION_ROW_ID });
  if (row) return row;
  await repo
    .createQueryBuilder()
    .insert()
    .values({ id: CALENDAR_CONNECTION_ROW_ID })
    .orIgnore()
    .execute();
  return repo.findOneByOrFail({ id: CALENDAR_CONNECTION_ROW_ID });
}

/** Writes fields of the connection row (and `updated_at`). */
export async function updateConnection(
  db: DataSource | EntityManager,
  patch: Partial<Omit<CalendarConnectionEntity, 'id' | 'updatedAt'>>,
): Promise<void> {
  await readConnection(db);
  await db
    .getRepository(CalendarConnectionEntity)
    .update({ id: CALENDAR_CONNECTION_ROW_ID }, { ...patch, updatedAt: new Date() });
}

/** `GET /api/calendar/status`. */
export async function readCalendarStatus(
  db: DataSource,
  options: CalendarOptions,
): Promise<CalendarStatusResponse> {
  const row = await readConnection(db);
  const eventCount = await db.getRepository(CalendarEventEntity).count();
  const source = credentialSource(options, row);
  return {
    status: source === 'none' ? 'not_configured' : row.status,
    source,
    lastScanAt: row.lastScanAt?.toISOString() ?? null,
    ...(row.status === 'error' && row.message ? { message: row.message } : {}),
    canConnect: missingForConnect(options).length === 0,
    eventCount,
  };
}

/** The `calendar:status` socket payload for a row. */
export function statusPayload(row: {
  status: CalendarRowStatus;
  lastScanAt: Date | null;
  message: string | null;
}): CalendarStatusPayload {
  return {
    status: row.status,
    lastScanAt: row.lastScanAt?.toISOString() ?? null,
    ...(row.status === 'error' && row.message ? { message: row.message } : {}),
  };
}

/** Cached events overlapping now … now + `hours` (at most 24), soonest first. */
export async function readUpcomingEvents(
  db: DataSource | EntityManager,
  now: Date,
  hours = 24,
): Promise<CalendarEvent[]> {
  const span = Math.min(Math.max(hours, 0), 24) * HOUR_MS;
  const rows = await db.getRepository(CalendarEventEntity).find({
    where: { endAt: MoreThan(now), startAt: LessThan(new Date(now.getTime() + span)) },
    order: { startAt: 'ASC', endAt: 'ASC', id: 'ASC' },
  });
  return rows.map(toCalendarEvent);
}
