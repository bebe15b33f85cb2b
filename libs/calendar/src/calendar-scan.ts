import type { calendar_v3 } from '@googleapis/calendar';
import type { CalendarSource } from '@seraph/contracts';
import { CalendarEventEntity, type CalendarRowStatus } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { CalendarAuthError, classifyGoogleError } from './calendar-errors';
import type { CalendarOptions } from './calendar-options';
import { HOUR_MS, readConnection, updateConnection } from './calendar-store';
import { resolveCredentials } from './credentials';
import { toEventRow } from './event-mapping';
import { createCalendarApi, createOAuthClient } from './google-client';

/** A scan looks back an hour (a meeting already running) and ahead a day. */
export const SCAN_LOOKBACK_MS = HOUR_MS;
export const SCAN_HORIZON_MS = 24 * HOUR_MS;
const PAGE_SIZE = 250;
const MAX_PAGES = 20;

export interface ScanOptions {
  now: Date;
  /** The job's deadline: aborts the request to Google. */
  signal?: AbortSignal;
  calendarId?: string;
}

export interface ScanResult {
  status: CalendarRowStatus;
  source: CalendarSource;
  message: string | null;
  lastScanAt: Date;
  /** The events now cached (empty unless `ok`). */
  events: CalendarEventEntity[];
}

/**
 * Lists the calendar's events from now − 1 h to now + 24 h, replaces the cache in one transaction
 * and records the outcome in the connection row. Not configured → `not_configured`; a refused
 * permission or client → `error` with a sentence for Settings (not thrown: retrying cannot help).
 * Network failures, timeouts, 429 and 5xx are thrown, so the job retries with backoff; the cache
 * and status then stay as they were.
 */
export async function scanCalendar(
  db: DataSource,
  options: CalendarOptions,
  scan: ScanOptions,
): Promise<ScanResult> {
  const row = await readConnection(db);
  const credentials = resolveCredentials(options, row);
  if (credentials.source === 'none') {
    return record(db, scan.now, { status: 'not_configured', source: 'none', message: null });
  }
  if ('problem' in credentials) {
    return record(db, scan.now, { status: 'error', source: 'oauth', message: credentials.problem });
  }
  let items: calendar_v3.Schema$Event[];
  try {
    items = await listEvents(options, credentials.refreshToken, scan);
  } catch (error) {
    const sorted = classifyGoogleError(error);
    if (sorted instanceof CalendarAuthError) {
      return record(db, scan.now, {
        status: 'error',
        source: credentials.source,
        message: sorted.message,
      });
    }
    throw sorted;
  }
  const rows = new Map<string, CalendarEventEntity>();
  for (const item of items) {
    const row = toEventRow(item, scan.now);
    if (row) rows.set(row.id, row);
  }
  return record(db, scan.now, { status: 'ok', source: credentials.source, message: null }, [
    ...rows.values(),
  ]);
}

async function listEvents(
  options: CalendarOptions,
  refreshToken: string,
  scan: ScanOptions,
): Promise<calendar_v3.Schema$Event[]> {
  const auth = createOAuthClient(options);
  auth.setCredentials({ refresh_token: refreshToken });
  const api = createCalendarApi(options, auth);
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    scan.signal?.throwIfAborted();
    const response = await api.events.list(
      {
        calendarId: scan.calendarId ?? 'primary',
        timeMin: new Date(scan.now.getTime() - SCAN_LOOKBACK_MS).toISOString(),
        timeMax: new Date(scan.now.getTime() + SCAN_HORIZON_MS).toISOString(),
        singleEvents: true,
        orderBy: 'startTime',
        maxResults: PAGE_SIZE,
        pageToken,
      },
      { signal: scan.signal },
    );
    items.push(...(response.data.items ?? []));
    pageToken = response.data.nextPageToken ?? undefined;
    if (!pageToken) break;
  }
  return items;
}

async function record(
  db: DataSource,
  now: Date,
  outcome: { status: CalendarRowStatus; source: CalendarSource; message: string | null },
  events: CalendarEventEntity[] = [],
): Promise<ScanResult> {
  await db.transaction(async (manager) => {
    // Without a working connection the old events would keep showing meetings that may be gone.
    await manager.createQueryBuilder().delete().from(CalendarEventEntity).execute();
    if (events.length) {
      await manager.getRepository(CalendarEventEntity).insert(events);
    }
    await updateConnection(manager, {
      status: outcome.status,
      message: outcome.message,
      lastScanAt: now,
    });
  });
  return { ...outcome, lastScanAt: now, events };
}
