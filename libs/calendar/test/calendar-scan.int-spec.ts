import { randomBytes } from 'node:crypto';
import {
  CalendarConnectionEntity,
  CalendarEventEntity,
  createDataSource,
  runMigrations,
} from '@seraph/persistence';
import {
  createTestDatabase,
  startGoogleStandIn,
  type GoogleStandIn,
  type TestDatabase,
} from '@seraph/testing';
import type { DataSource } from 'typeorm';
import {
  CALENDAR_SCOPE,
  connectWithCode,
  consentUrl,
  decryptToken,
  disconnectCalendar,
  readCalendarStatus,
  readUpcomingEvents,
  REVOKED_MESSAGE,
  scanCalendar,
  type CalendarOptions,
} from '../src';

const NOW = new Date('2026-03-02T09:30:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('calendar scan (real PostgreSQL, Google stand-in)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let google: GoogleStandIn;
  const key = randomBytes(32);

  const options = (google_: Partial<CalendarOptions['google']> = {}): CalendarOptions => ({
    google: {
      clientId: google.clientId,
      clientSecret: google.clientSecret,
      refreshToken: undefined,
      apiRootUrl: google.rootUrl,
      authUrl: google.authUrl,
      tokenUrl: google.tokenUrl,
      ...google_,
    },
    secretKey: key,
  });
  const connection = () => ds.getRepository(CalendarConnectionEntity).findOneByOrFail({ id: 1 });

  beforeAll(async () => {
    google = await startGoogleStandIn();
    db = await createTestDatabase('calendar');
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    await runMigrations(ds);
  });
  beforeEach(async () => {
    google.reset();
    await disconnectCalendar(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    await google?.close();
  });

  it('reports not_configured and asks Google nothing without credentials', async () => {
    const result = await scanCalendar(
      ds,
      options({ clientId: undefined, clientSecret: undefined }),
      { now: NOW },
    );
    expect(result).toMatchObject({ status: 'not_configured', source: 'none', message: null });
    expect(google.counts).toEqual({ events: 0, token: 0, consent: 0 });
    expect(await connection()).toMatchObject({ status: 'not_configured', lastScanAt: NOW });
  });

  it('caches the next 24 h from an env refresh token, following pages', async () => {
    google.pageSize = 2;
    google.setEvents([
      {
        id: 'old',
        summary: 'Yesterday',
        start: { dateTime: at(-26 * 60) },
        end: { dateTime: at(-25 * 60) },
      },
      {
        id: 'now',
        summary: 'Standup',
        start: { dateTime: at(-10) },
        end: { dateTime: at(20) },
        attendees: [{ email: 'a@x' }, { email: 'b@x' }],
        location: 'Room 1',
      },
      {
        id: 'focus',
        summary: 'Writing',
        eventType: 'focusTime',
        start: { dateTime: at(60) },
        end: { dateTime: at(120) },
      },
      { id: 'dw', summary: 'Deep work', start: { dateTime: at(180) }, end: { dateTime: at(240) } },
      { id: 'day', start: { date: '2026-03-02' }, end: { date: '2026-03-03' } },
      {
        id: 'later',
        summary: 'Too far',
        start: { dateTime: at(25 * 60) },
        end: { dateTime: at(26 * 60) },
      },
    ]);
    const refreshToken = google.issueRefreshToken();
    const result = await scanCalendar(ds, options({ refreshToken }), {
      now: NOW,
      signal: AbortSignal.timeout(10_000),
    });

    expect(result.status).toBe('ok');
    expect(result.source).toBe('env');
    const query = google.eventQueries[0];
    expect(Object.fromEntries(query)).toMatchObject({
      timeMin: at(-60),
      timeMax: at(24 * 60),
      singleEvents: 'true',
      orderBy: 'startTime',
    });
    expect(google.counts.events).toBe(2);
    const rows = await ds.getRepository(CalendarEventEntity).find({ order: { startAt: 'ASC' } });
    expect(rows.map((row) => [row.id, row.isFocus, row.allDay])).toEqual([
      ['day', false, true],
      ['now', false, false],
      ['focus', true, false],
      ['dw', true, false],
    ]);
    expect(rows[1]).toMatchObject({ title: 'Standup', attendeeCount: 2, location: 'Room 1' });
    const upcoming = await readUpcomingEvents(ds, NOW);
    expect(upcoming.map((e) => e.id)).toEqual(['day', 'now', 'focus', 'dw']);
    expect(await readCalendarStatus(ds, options({ refreshToken }))).toEqual({
      status: 'ok',
      source: 'env',
      lastScanAt: NOW.toISOString(),
      canConnect: true,
      eventCount: 4,
    });

    // The next scan replaces the cache.
    google.setEvents([]);
    await scanCalendar(ds, options({ refreshToken }), { now: NOW });
    expect(await ds.getRepository(CalendarEventEntity).count()).toBe(0);
  });

  it('connects through the consent page and scans with the saved, encrypted token', async () => {
    const redirectUri = 'http://localhost:3000/api/calendar/oauth/callback';
    const consent = await fetch(consentUrl(options(), redirectUri, 'state-1'), {
      redirect: 'manual',
    });
    expect(consent.status).toBe(302);
    const back = new URL(consent.headers.get('location') ?? '');
    expect(back.searchParams.get('state')).toBe('state-1');
    expect(google.consentScopes).toEqual([CALENDAR_SCOPE]);
    expect(google.consentQueries[0].get('access_type')).toBe('offline');
    expect(google.consentQueries[0].get('prompt')).toBe('consent');

    const payload = await connectWithCode(ds, options(), {
      code: back.searchParams.get('code') ?? '',
      redirectUri,
      now: NOW,
    });
    expect(payload.status).toBe('ok');
    const row = await connection();
    expect(row.refreshTokenCipher).toMatch(/^v1:/);
    expect(decryptToken(row.refreshTokenCipher ?? '', key)).toMatch(/^1\/\/refresh/);

    google.setEvents([
      { id: 'e', summary: 'Call', start: { dateTime: at(5) }, end: { dateTime: at(35) } },
    ]);
    const result = await scanCalendar(ds, options(), { now: NOW });
    expect(result).toMatchObject({ status: 'ok', source: 'oauth' });
    expect(result.events.map((e) => e.id)).toEqual(['e']);
  });

  it('records a revoked token as an error without throwing, and clears the cache', async () => {
    const refreshToken = google.issueRefreshToken();
    google.setEvents([
      { id: 'e', summary: 'Call', start: { dateTime: at(5) }, end: { dateTime: at(35) } },
    ]);
    await scanCalendar(ds, options({ refreshToken }), { now: NOW });
    google.revoke(refreshToken);

    const result = await scanCalendar(ds, options({ refreshToken }), { now: NOW });
    expect(result).toMatchObject({ status: 'error', message: REVOKED_MESSAGE });
    expect(await connection()).toMatchObject({ status: 'error', message: REVOKED_MESSAGE });
    expect(await ds.getRepository(CalendarEventEntity).count()).toBe(0);
    expect(await readCalendarStatus(ds, options({ refreshToken }))).toMatchObject({
      status: 'error',
      message: REVOKED_MESSAGE,
    });
  });

  it('throws on a server error so the job retries, leaving the cache alone', async () => {
    const refreshToken = google.issueRefreshToken();
    google.setEvents([
      { id: 'e', summary: 'Call', start: { dateTime: at(5) }, end: { dateTime: at(35) } },
    ]);
    await scanCalendar(ds, options({ refreshToken }), { now: NOW });
    google.failNext('events', 503);
    // Google's own 503, passed on unchanged (not a CalendarAuthError), so BullMQ retries it.
    await expect(scanCalendar(ds, options({ refreshToken }), { now: NOW })).rejects.toMatchObject({
      response: { status: 503 },
    });
    expect(await ds.getRepository(CalendarEventEntity).count()).toBe(1);
    expect((await connection()).status).toBe('ok');
  });

  it('refuses an unknown code with a sentence, and disconnect forgets everything', async () => {
    await expect(
      connectWithCode(ds, options(), { code: 'forged', redirectUri: 'http://x/cb', now: NOW }),
    ).rejects.toThrow(/try connecting again/);
    const refreshToken = google.issueRefreshToken();
    google.setEvents([
      { id: 'e', summary: 'Call', start: { dateTime: at(5) }, end: { dateTime: at(35) } },
    ]);
    await scanCalendar(ds, options({ refreshToken }), { now: NOW });
    await disconnectCalendar(ds);
    expect(await readCalendarStatus(ds, options())).toEqual({
      status: 'not_configured',
      source: 'none',
      lastScanAt: null,
      canConnect: true,
      eventCount: 0,
    });
  });
});
