import { randomBytes } from 'node:crypto';
import {
  BROADCAST_CHANNEL,
  REDIS_KEYS,
  type CalendarEventList,
  type CalendarStatusResponse,
} from '@seraph/contracts';
import {
  startGoogleStandIn,
  startPrivateRedis,
  waitFor,
  type GoogleStandIn,
  type PrivateRedis,
} from '@seraph/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Clock } from '../clock/clock';
import { calendarEventsTool } from './calendar-tool';
import { CalendarService } from './calendar.service';

const NOW = new Date('2026-03-02T09:30:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('calendar api (real PostgreSQL and Redis, Google stand-in)', () => {
  let redis: PrivateRedis;
  let google: GoogleStandIn;
  let api: TestApp;
  let bare: TestApp;
  let probe: Redis;
  let subscriber: Redis;
  let queue: Queue;
  const published: unknown[] = [];

  const http = (app: TestApp = api) => request(app.url);
  const status = async (app: TestApp = api) =>
    (await http(app).get('/api/calendar/status').expect(200)).body as CalendarStatusResponse;
  const connectionRow = async () =>
    (
      (await api.app
        .get(DataSource)
        .query('SELECT refresh_token_cipher, status FROM calendar_connection')) as {
        refresh_token_cipher: string | null;
        status: string;
      }[]
    )[0];
  /** Start → Google's consent page → the callback URL Google redirects to. */
  const consent = async (): Promise<URL> => {
    const start = await http().get('/api/calendar/oauth/start').expect(302);
    const page = await fetch(start.headers.location, { redirect: 'manual' });
    expect(page.status).toBe(302);
    return new URL(page.headers.get('location') ?? '');
  };
  const callback = (url: URL) => http().get(`${url.pathname}${url.search}`).expect(302);

  beforeAll(async () => {
    [redis, google] = await Promise.all([startPrivateRedis(), startGoogleStandIn()]);
    api = await startTestApp({
      env: {
        REDIS_URL: redis.url,
        GOOGLE_CLIENT_ID: google.clientId,
        GOOGLE_CLIENT_SECRET: google.clientSecret,
        SECRET_KEY: randomBytes(32).toString('hex'),
        GOOGLE_API_ROOT_URL: google.rootUrl,
        GOOGLE_OAUTH_AUTH_URL: google.authUrl,
        GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
      },
    });
    bare = await startTestApp({ env: { REDIS_URL: redis.url } });
    probe = new Redis(redis.url);
    subscriber = new Redis(redis.url);
    await subscriber.subscribe(BROADCAST_CHANNEL);
    subscriber.on('message', (_channel, text: string) => published.push(JSON.parse(text)));
    queue = new Queue('calendar', {
      connection: { url: redis.url },
      prefix: api.config.queuePrefix,
    });
    jest.spyOn(api.app.get(Clock), 'now').mockImplementation(() => NOW);
  });
  afterAll(async () => {
    await queue?.close();
    subscriber?.disconnect();
    probe?.disconnect();
    await api?.close();
    await bare?.close();
    await google?.close();
    await redis?.kill();
  });

  it('without Google set up: not_configured, no events, and start says what to set (409)', async () => {
    expect(await status(bare)).toEqual({
      status: 'not_configured',
      source: 'none',
      lastScanAt: null,
      canConnect: false,
      eventCount: 0,
    });
    expect((await http(bare).get('/api/calendar/events').expect(200)).body).toEqual({ items: [] });
    const { body } = await http(bare).get('/api/calendar/oauth/start').expect(409);
    expect(body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message:
        'Connecting Google Calendar needs GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, SECRET_KEY set on the server; see "Google Calendar" in the README.',
    });
  });

  it('start redirects to Google with the read-only scope, offline access, consent and a stored state', async () => {
    expect((await status()).canConnect).toBe(true);
    const { headers } = await http().get('/api/calendar/oauth/start').expect(302);
    const target = new URL(headers.location);
    expect(`${target.origin}${target.pathname}`).toBe(google.authUrl);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      scope: 'https://www.googleapis.com/auth/calendar.readonly',
      access_type: 'offline',
      prompt: 'consent',
      response_type: 'code',
      client_id: google.clientId,
      redirect_uri: `http://localhost:${api.config.port}/api/calendar/oauth/callback`,
    });
    const state = target.searchParams.get('state') ?? '';
    expect(state.length).toBeGreaterThanOrEqual(32);
    const ttl = await probe.ttl(`${REDIS_KEYS.oauthStatePrefix}${state}`);
    expect(ttl).toBeGreaterThan(590);
    expect(ttl).toBeLessThanOrEqual(600);
  });

  it('the callback saves the token encrypted, announces the status and asks for a scan', async () => {
    published.length = 0;
    const back = await consent();
    const { headers } = await callback(back);
    expect(headers.location).toBe('/?calendar=connected');

    const row = await connectionRow();
    expect(row.status).toBe('ok');
    expect(row.refresh_token_cipher).toMatch(/^v1:/);
    expect(row.refresh_token_cipher).not.toContain('refresh');
    expect(await status()).toMatchObject({ status: 'ok', source: 'oauth', canConnect: true });
    await waitFor('calendar:status on the channel', () =>
      published.find((e) => (e as { event: string }).event === 'calendar:status'),
    );
    expect(JSON.parse((await probe.get(REDIS_KEYS.calendarStatus)) ?? '{}')).toMatchObject({
      status: 'ok',
    });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs.map((job) => job.name)).toContain('calendar.scan');

    // The state works once.
    const again = await callback(back);
    const url = new URL(again.headers.location, 'http://x');
    expect(url.searchParams.get('calendar')).toBe('error');
    expect(url.searchParams.get('message')).toMatch(/expired or was already used/);
  });

  it('sends the user back with a message when Google declined or the state is unknown', async () => {
    const back = await consent();
    back.searchParams.delete('code');
    back.searchParams.set('error', 'access_denied');
    const declined = new URL((await callback(back)).headers.location, 'http://x');
    expect(declined.searchParams.get('message')).toBe('access was declined at Google.');

    const forged = await http().get('/api/calendar/oauth/callback?code=x&state=forged').expect(302);
    expect(forged.headers.location).toMatch(/^\/\?calendar=error&message=/);
  });

  it('lists cached events overlapping now … now + 24 h, and the agent tool shows them in local time', async () => {
    const ds = api.app.get(DataSource);
    await ds.query('DELETE FROM calendar_events');
    const insert = (id: string, title: string, start: Date, end: Date, focus = false) =>
      ds.query(
        `INSERT INTO calendar_events (id, title, start_at, end_at, is_focus, attendee_count, location)
         VALUES ($1, $2, $3, $4, $5, 3, 'Room 1')`,
        [id, title, start, end, focus],
      );
    await insert('past', 'Done', at(-90), at(-60));
    await insert('now', 'Standup', at(-10), at(20));
    await insert('focus', 'Deep work', at(60), at(120), true);
    await insert('later', 'Tomorrow', at(25 * 60), at(26 * 60));

    const body = (await http().get('/api/calendar/events').expect(200)).body as CalendarEventList;
    expect(body.items.map((e) => e.id)).toEqual(['now', 'focus']);
    expect(body.items[0]).toEqual({
      id: 'now',
      title: 'Standup',
      start: at(-10).toISOString(),
      end: at(20).toISOString(),
      location: 'Room 1',
      attendeeCount: 3,
      focus: false,
      allDay: false,
    });

    const tool = calendarEventsTool(api.app.get(CalendarService), async () => 'Europe/Berlin');
    const result = (await tool.run({ hours: 1 }, new AbortController().signal)) as {
      connected: boolean;
      events: { title: string; start: string; end: string }[];
    };
    expect(result.connected).toBe(true);
    expect(result.events).toEqual([
      {
        title: 'Standup',
        start: '2026-03-02 10:20',
        end: '2026-03-02 10:50',
        location: 'Room 1',
        attendees: 3,
      },
    ]);

    const bareTool = calendarEventsTool(bare.app.get(CalendarService), async () => 'UTC');
    expect(await bareTool.run({}, new AbortController().signal)).toMatchObject({
      connected: false,
      events: [],
    });
  });

  it('DELETE disconnects: 204, the token and the cache are gone', async () => {
    await http().delete('/api/calendar').expect(204);
    expect(await connectionRow()).toEqual({ refresh_token_cipher: null, status: 'not_configured' });
    expect(await status()).toMatchObject({
      status: 'not_configured',
      source: 'none',
      eventCount: 0,
    });
  });

  it('documents every calendar route in /api/docs-json', async () => {
    const { body } = await http().get('/api/docs-json').expect(200);
    const paths = body.paths as Record<
      string,
      Record<string, { responses: Record<string, unknown> }>
    >;
    expect(Object.keys(paths['/api/calendar/status'].get.responses)).toContain('200');
    expect(Object.keys(paths['/api/calendar/events'].get.responses)).toContain('200');
    expect(Object.keys(paths['/api/calendar'].delete.responses)).toContain('204');
    expect(Object.keys(paths['/api/calendar/oauth/start'].get.responses)).toEqual(
      expect.arrayContaining(['302', '409']),
    );
    expect(Object.keys(paths['/api/calendar/oauth/callback'].get.responses)).toContain('302');
  });
});
