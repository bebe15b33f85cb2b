import type { INestApplicationContext } from '@nestjs/common';
import { createDataSource, SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import {
  createTestDatabase,
  getFreePort,
  startPrivateRedis,
  waitFor,
  type PrivateRedis,
  type TestDatabase,
} from '@seraph/testing';
import { Queue } from 'bullmq';
import { JOB_TABLE, QUEUE_NAMES } from '../src/queues/queue-table';
import { startWorker } from '../src/start-worker';
import { captureLogs, testConfig, uniquePrefix } from './support/harness';

const MINUTE = 60_000;
const HEARTBEAT_MS = 60 * MINUTE;
const SCAN_MIN = 45;

/** What `getJobSchedulers()` should show for every scheduled production job. */
type Expected = Record<string, { queue: string; every?: number; pattern?: string; tz?: string }>;

describe('job schedulers across restarts and concurrent boots', () => {
  const prefix = uniquePrefix('schedulers');
  const logs = captureLogs();
  const running = new Set<INestApplicationContext>();
  const queues = new Map<string, Queue>();
  let redis: PrivateRedis;
  let database: TestDatabase;

  beforeAll(async () => {
    [redis, database] = await Promise.all([startPrivateRedis(), createTestDatabase('schedulers')]);
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection: { port: redis.port }, prefix });
      queue.on('error', () => undefined);
      queues.set(name, queue);
    }
  }, 30_000);

  afterAll(async () => {
    await Promise.all([...running].map((app) => app.close()));
    await Promise.all([...queues.values()].map((queue) => queue.close()));
    await redis?.kill();
    await database?.drop();
  });

  const boot = async (strategistMin: number) => {
    const app = await startWorker(
      testConfig({
        REDIS_URL: redis.url,
        DATABASE_URL: database.url,
        QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(await getFreePort()),
        HEARTBEAT_EVERY_MS: String(HEARTBEAT_MS),
        STRATEGIST_INTERVAL_MIN: String(strategistMin),
        CALENDAR_SCAN_INTERVAL_MIN: String(SCAN_MIN),
      }),
      { logger: logs.logger },
    );
    running.add(app);
    return app;
  };
  const stop = async (app: INestApplicationContext) => {
    await app.close();
    running.delete(app);
  };

  /** The briefing crons come from the settings row (local times in the user's time zone). */
  const briefingPatterns = async () => {
    const db = createDataSource({ url: database.url, applicationName: 'schedulers-test' });
    await db.initialize();
    try {
      const settings = await db
        .getRepository(SettingsEntity)
        .findOneByOrFail({ id: SETTINGS_ROW_ID });
      const cron = (time: string) => {
        const [hours, minutes] = time.split(':').map(Number);
        return `0 ${minutes} ${hours} * * *`;
      };
      return {
        daily: cron(settings.briefingTime),
        evening: cron(settings.reviewTime),
        tz: settings.timezone,
      };
    } finally {
      await db.destroy();
    }
  };

  const expected = async (strategistMin: number): Promise<Expected> => {
    const briefings = await briefingPatterns();
    return {
      'system.heartbeat': { queue: 'system', every: HEARTBEAT_MS },
      'strategist.tick': { queue: 'strategist', every: strategistMin * MINUTE },
      'calendar.scan': { queue: 'calendar', every: SCAN_MIN * MINUTE },
      'briefing.daily': { queue: 'briefings', pattern: briefings.daily, tz: briefings.tz },
      'briefing.evening': { queue: 'briefings', pattern: briefings.evening, tz: briefings.tz },
    };
  };

  /** Every scheduler in Redis, by queue. */
  const schedulersByQueue = async () => {
    const found: Record<string, Awaited<ReturnType<Queue['getJobSchedulers']>>> = {};
    for (const [name, queue] of queues) found[name] = await queue.getJobSchedulers();
    return found;
  };

  /** Waits until Redis holds exactly the expected schedulers: one per job, nothing else. */
  const expectExactly = async (want: Expected) => {
    const matches = async () => {
      const found = await schedulersByQueue();
      for (const name of QUEUE_NAMES) {
        const keys = found[name].map((s) => s.key).sort();
        const wanted = Object.keys(want)
          .filter((job) => want[job].queue === name)
          .sort();
        if (JSON.stringify(keys) !== JSON.stringify(wanted)) return false;
        for (const scheduler of found[name]) {
          const row = want[scheduler.key];
          if (row.every !== undefined && scheduler.every !== row.every) return false;
          if (row.pattern !== undefined && scheduler.pattern !== row.pattern) return false;
        }
      }
      return true;
    };
    await waitFor('the expected job schedulers', matches, { timeoutMs: 15_000 }).catch(
      () => undefined,
    );
    // Asserted outside waitFor, so a mismatch shows the difference.
    const found = await schedulersByQueue();
    for (const name of QUEUE_NAMES) {
      const wanted = Object.entries(want).filter(([, row]) => row.queue === name);
      expect({ queue: name, schedulers: found[name].map((s) => s.key).sort() }).toEqual({
        queue: name,
        schedulers: wanted.map(([job]) => job).sort(),
      });
      for (const [job, row] of wanted) {
        const matching = found[name].filter((s) => s.key === job);
        expect(matching).toHaveLength(1);
        expect(matching[0]).toMatchObject({
          key: job,
          name: job,
          ...(row.every !== undefined ? { every: row.every } : {}),
          ...(row.pattern !== undefined ? { pattern: row.pattern, tz: row.tz } : {}),
        });
      }
    }
  };

  it('keeps exactly one scheduler per scheduled job across a restart and two workers at once', async () => {
    // Every job of the table with a schedule is covered (calendar.transition is one-off only).
    const want15 = await (async () => {
      const first = await boot(15);
      const want = await expected(15);
      expect(Object.keys(JOB_TABLE).filter((job) => !(job in want))).toEqual([
        'calendar.transition',
      ]);
      await expectExactly(want);
      await stop(first);
      return want;
    })();

    // Restart, with a second worker booting at the same moment.
    const [a, b] = await Promise.all([boot(15), boot(15)]);
    await waitFor(
      'both workers to register their schedules',
      () =>
        logs.lines.filter(
          (line) => line.msg === 'Job schedule registered' && line.job === 'briefing.evening',
        ).length >= 3,
      { timeoutMs: 15_000 },
    );
    await expectExactly(want15);
    await Promise.all([stop(a), stop(b)]);
  }, 60_000);

  it('takes a changed STRATEGIST_INTERVAL_MIN on the next boot, still as one scheduler', async () => {
    const [a, b] = await Promise.all([boot(7), boot(7)]);
    await expectExactly(await expected(7));
    const strategist = await queues.get('strategist')!.getJobSchedulers();
    expect(strategist).toEqual([
      expect.objectContaining({ key: 'strategist.tick', every: 7 * MINUTE }),
    ]);
    await Promise.all([stop(a), stop(b)]);
  }, 60_000);
});
