import type { INestApplicationContext } from '@nestjs/common';
import { REVOKED_MESSAGE } from '@seraph/calendar';
import { REDIS_KEYS, USER_STATE_REDIS_KEY } from '@seraph/contracts';
import {
  createTestDatabase,
  getFreePort,
  startGoogleStandIn,
  startPrivateRedis,
  waitFor,
  type GoogleStandIn,
  type PrivateRedis,
  type TestDatabase,
} from '@seraph/testing';
import { Queue, type Job } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { Clock } from '../src/clock/clock';
import { startWorker } from '../src/start-worker';
import { captureLogs, getHealth, testConfig, uniquePrefix } from './support/harness';

const MINUTE = 60_000;

describe('calendar.scan (real BullMQ, PostgreSQL, Google stand-in)', () => {
  const prefix = uniquePrefix('calendar');
  const logs = captureLogs();
  let redis: PrivateRedis;
  let database: TestDatabase;
  let google: GoogleStandIn;
  let probe: Redis;
  let queue: Queue;
  let app: INestApplicationContext | undefined;
  let healthPort: number;
  // Real time (so BullMQ's delays line up), moved forward by the test.
  let now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  const clock: Clock = { now: () => now };
  const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE).toISOString();
  let counter = 0;

  const boot = async (vars: Record<string, string>) => {
    await app?.close();
    healthPort = await getFreePort();
    app = await startWorker(
      testConfig({
        REDIS_URL: redis.url,
        DATABASE_URL: database.url,
        QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(healthPort),
        CALENDAR_SCAN_INTERVAL_MIN: '600',
        ...vars,
      }),
      { logger: logs.logger, clock },
    );
  };
  const googleVars = (refreshToken: string) => ({
    GOOGLE_CLIENT_ID: google.clientId,
    GOOGLE_CLIENT_SECRET: google.clientSecret,
    GOOGLE_REFRESH_TOKEN: refreshToken,
    GOOGLE_API_ROOT_URL: google.rootUrl,
    GOOGLE_OAUTH_AUTH_URL: google.authUrl,
    GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
  });
  /** Adds a job and waits until it has finished; returns it. */
  const run = async (name: string, data: Record<string, unknown> = {}): Promise<Job> => {
    const jobId = `test-${name.replace('.', '-')}-${++counter}`;
    await queue.add(name, data, { jobId });
    return finished(jobId);
  };
  const finished = async (jobId: string): Promise<Job> => {
    await waitFor(`job ${jobId} to finish`, async () =>
      ['completed', 'failed'].includes(await queue.getJobState(jobId)),
    );
    return (await queue.getJob(jobId)) as Job;
  };
  const sql = async <T>(text: string): Promise<T[]> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    [redis, database, google] = await Promise.all([
      startPrivateRedis(),
      createTestDatabase('worker_calendar'),
      startGoogleStandIn(),
    ]);
    probe = new Redis(redis.url);
    queue = new Queue('calendar', { connection: { url: redis.url }, prefix });
  });
  afterAll(async () => {
    await app?.close();
    await queue?.close();
    probe?.disconnect();
    await google?.close();
    await redis?.kill();
    await database?.drop();
  });

  it('completes with not_configured when no Google credentials are set', async () => {
    await boot({});
    const job = await run('calendar.scan');
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ status: 'not_configured', eventCount: 0 });
    expect(google.counts.events + google.counts.token).toBe(0);
    expect(JSON.parse((await probe.get(REDIS_KEYS.calendarStatus)) ?? '{}')).toMatchObject({
      status: 'not_configured',
    });
  });

  it('caches a meeting happening now (in_meeting), then notices its end (transitioning)', async () => {
    const token = google.issueRefreshToken();
    google.setEvents([
      {
        id: 'standup1',
        summary: 'Standup',
        start: { dateTime: at(-10) },
        end: { dateTime: at(20) },
        attendees: [{ email: 'a@example.com' }, { email: 'b@example.com' }],
      },
      {
        id: 'focus1',
        summary: 'Deep work',
        start: { dateTime: at(120) },
        end: { dateTime: at(180) },
      },
    ]);
    await boot(googleVars(token));

    const job = await run('calendar.scan');
    expect(job.returnvalue).toMatchObject({ status: 'ok', source: 'env', eventCount: 2 });
    const rows = await sql<{ id: string; attendee_count: number; is_focus: boolean }>(
      'SELECT id, attendee_count, is_focus FROM calendar_events ORDER BY start_at',
    );
    expect(rows).toEqual([
      { id: 'standup1', attendee_count: 2, is_focus: false },
      { id: 'focus1', attendee_count: 0, is_focus: true },
    ]);
    expect(await probe.get(USER_STATE_REDIS_KEY)).toBe('in_meeting');
    expect(JSON.parse((await probe.get(REDIS_KEYS.calendarStatus)) ?? '{}')).toEqual({
      status: 'ok',
      lastScanAt: now.toISOString(),
    });

    // Delayed transitions at the upcoming edges, with deterministic ids.
    const endId = `transition-standup1-end-${Date.parse(at(20))}`;
    const transitionIds = async () =>
      (await queue.getDelayed())
        .map((delayed) => String(delayed.id))
        .filter((id) => id.startsWith('transition-'))
        .sort();
    const delayedIds = await transitionIds();
    expect(delayedIds).toEqual(
      [
        endId,
        `transition-focus1-start-${Date.parse(at(120))}`,
        `transition-focus1-end-${Date.parse(at(180))}`,
      ].sort(),
    );
    // Scanning again plans nothing twice.
    await run('calendar.scan');
    expect(await transitionIds()).toEqual(delayedIds);

    // Something the strategist held back during the meeting.
    await sql(
      `INSERT INTO insights (text, urgency, type, fingerprint, status)
       VALUES ('Reply to Sam about the budget.', 3, 'nudge', 'nudge:text:reply to sam', 'queued')`,
    );

    // The meeting ends; its end transition fires (promoted instead of waiting 20 minutes).
    now = new Date(now.getTime() + 25 * MINUTE);
    const endJob = await queue.getJob(endId);
    await endJob?.promote();
    const transition = await finished(endId);
    expect(transition.returnvalue).toEqual({ state: 'transitioning' });
    expect(await probe.get(USER_STATE_REDIS_KEY)).toBe('transitioning');
    // Free again: the held-back insight is delivered into the Seraph session, free of budget.
    expect(await sql('SELECT status FROM insights')).toEqual([{ status: 'delivered' }]);
    expect(await sql(`SELECT content FROM chat_messages WHERE role = 'assistant'`)).toEqual([
      { content: 'Reply to Sam about the budget.' },
    ]);

    // A scan after the meeting ended agrees.
    await run('calendar.scan');
    expect(await probe.get(USER_STATE_REDIS_KEY)).toBe('transitioning');
  });

  it('records a revoked token as error with the message: the job completes, the worker stays healthy', async () => {
    const token = google.issueRefreshToken();
    await boot(googleVars(token));
    google.revoke(token);
    const tokenRequests = google.counts.token;

    const job = await run('calendar.scan');
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBeLessThanOrEqual(1);
    expect(job.returnvalue).toMatchObject({ status: 'error', message: REVOKED_MESSAGE });
    expect(google.counts.token - tokenRequests).toBe(1);
    const [row] = await sql<{ status: string; message: string }>(
      'SELECT status, message FROM calendar_connection',
    );
    expect(row).toEqual({ status: 'error', message: REVOKED_MESSAGE });
    expect(JSON.parse((await probe.get(REDIS_KEYS.calendarStatus)) ?? '{}')).toMatchObject({
      status: 'error',
      message: REVOKED_MESSAGE,
    });
    expect((await getHealth(healthPort)).status).toBe(200);
    expect(await queue.getFailedCount()).toBe(0);
  });
});
