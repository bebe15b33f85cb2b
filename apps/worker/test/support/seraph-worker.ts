import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import {
  BROADCAST_CHANNEL,
  REDIS_KEYS,
  USER_STATE_REDIS_KEY,
  type BroadcastEnvelope,
} from '@seraph/contracts';
import { createDataSource, GoalEntity, SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import {
  createTestDatabase,
  getFreePort,
  startPrivateRedis,
  waitFor,
  type OpenAIStandIn,
  type PrivateRedis,
  type TestDatabase,
} from '@seraph/testing';
import { Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../src/clock/clock';
import type { QueueDefinitions } from '../../src/queues/queue-table';
import { startWorker } from '../../src/start-worker';
import { captureLogs, testConfig, uniquePrefix, type LogLine } from './harness';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: string | Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface SeraphWorker {
  app: INestApplicationContext;
  clock: TestClock;
  redis: Redis;
  privateRedis: PrivateRedis;
  database: TestDatabase;
  /** A DataSource of the test's own on the worker's database, for seeding and reading. */
  db: DataSource;
  /** Every envelope published on the broadcast channel since boot (or since `events.length = 0`). */
  events: BroadcastEnvelope[];
  logs: LogLine[];
  queue(name: string): Queue;
  /** Adds a job and waits for its result (rejects with the failure reason). */
  run<T = unknown>(queue: string, name: string, jobId: string, data?: object): Promise<T>;
  setSettings(fields: Partial<SettingsEntity>): Promise<void>;
  addGoal(fields: Partial<GoalEntity>): Promise<GoalEntity>;
  userState(): Promise<string | null>;
  ambientState(): Promise<string | undefined>;
  eventsOf<E extends BroadcastEnvelope['event']>(
    event: E,
  ): Extract<BroadcastEnvelope, { event: E }>['payload'][];
  stop(): Promise<void>;
}

export interface SeraphWorkerOptions {
  llm?: OpenAIStandIn;
  /** Initial clock reading (default: a Wednesday, 10:00 UTC). */
  at?: string;
  env?: Record<string, string>;
  definitions?: QueueDefinitions;
}

/**
 * A whole worker in-process, on a redis-server and a database of its own (the user-state keys and
 * the broadcast channel are fixed names), with a hand-moved clock and, optionally, the OpenAI
 * stand-in as its model. Schedules stay far apart so only the jobs a test adds run.
 */
export async function startSeraphWorker(options: SeraphWorkerOptions = {}): Promise<SeraphWorker> {
  const [privateRedis, database] = await Promise.all([
    startPrivateRedis(),
    createTestDatabase('strategist'),
  ]);
  const prefix = uniquePrefix('seraph');
  const clock = new TestClock(new Date(options.at ?? '2026-11-25T10:00:00Z'));
  const logs = captureLogs();
  const events: BroadcastEnvelope[] = [];
  const subscriber = new Redis(privateRedis.url);
  await subscriber.subscribe(BROADCAST_CHANNEL);
  subscriber.on('message', (_channel, text: string) => {
    events.push(JSON.parse(text) as BroadcastEnvelope);
  });

  const llmEnv: Record<string, string> = options.llm
    ? { LLM_BASE_URL: options.llm.baseUrl, LLM_MODEL: 'stand-in-model', LLM_MAX_RETRIES: '0' }
    : {};
  const app = await startWorker(
    testConfig({
      REDIS_URL: privateRedis.url,
      DATABASE_URL: database.url,
      QUEUE_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(await getFreePort()),
      HEARTBEAT_EVERY_MS: String(60 * 60 * 1000),
      STRATEGIST_INTERVAL_MIN: '1440',
      CALENDAR_SCAN_INTERVAL_MIN: '1440',
      LLM_LOG_DIR: join(tmpdir(), `seraph-worker-test-${process.pid}`),
      ...llmEnv,
      ...options.env,
    }),
    { logger: logs.logger, clock, definitions: options.definitions },
  );
  const db = createDataSource({ url: database.url, applicationName: 'worker-test' });
  await db.initialize();
  const redis = new Redis(privateRedis.url);
  const queues = new Map<string, Queue>();
  const queueEvents = new Map<string, QueueEvents>();
  const queue = (name: string) => {
    let found = queues.get(name);
    if (!found) {
      found = new Queue(name, { connection: { port: privateRedis.port }, prefix });
      found.on('error', () => undefined);
      queues.set(name, found);
    }
    return found;
  };
  const eventsFor = async (name: string) => {
    let found = queueEvents.get(name);
    if (!found) {
      found = new QueueEvents(name, { connection: { port: privateRedis.port }, prefix });
      found.on('error', () => undefined);
      await found.waitUntilReady();
      queueEvents.set(name, found);
    }
    return found;
  };

  // Interval schedules run once right away: let the boot tick and scan finish before the test starts.
  for (const name of ['strategist', 'calendar']) {
    await waitFor(`the boot-time ${name} job`, async () => {
      const counts = await queue(name).getJobCounts('completed', 'failed');
      return (counts.completed ?? 0) + (counts.failed ?? 0) >= 1;
    });
  }

  const worker: SeraphWorker = {
    app,
    clock,
    redis,
    privateRedis,
    database,
    db,
    events,
    logs: logs.lines,
    queue,
    async run<T>(queueName: string, name: string, jobId: string, data: object = {}) {
      const listener = await eventsFor(queueName);
      const job = await queue(queueName).add(name, data, { jobId, attempts: 1 });
      return (await job.waitUntilFinished(listener, 30_000)) as T;
    },
    async setSettings(fields) {
      await db.getRepository(SettingsEntity).update({ id: SETTINGS_ROW_ID }, fields);
    },
    async addGoal(fields) {
      const repository = db.getRepository(GoalEntity);
      const now = clock.now();
      return repository.save(
        repository.create({
          title: 'A goal',
          level: 'weekly',
          domain: 'productivity',
          status: 'active',
          progress: 0,
          createdAt: now,
          updatedAt: now,
          ...fields,
        }),
      );
    },
    userState: () => redis.get(USER_STATE_REDIS_KEY),
    async ambientState() {
      const raw = await redis.get(REDIS_KEYS.ambient);
      return raw ? (JSON.parse(raw) as { state: string }).state : undefined;
    },
    eventsOf(event) {
      return events.filter((envelope) => envelope.event === event).map((e) => e.payload) as never;
    },
    async stop() {
      await app.close();
      await Promise.all([...queues.values()].map((q) => q.close()));
      await Promise.all([...queueEvents.values()].map((q) => q.close()));
      subscriber.disconnect();
      redis.disconnect();
      await db.destroy();
      await privateRedis.kill();
      await database.drop();
    },
  };
  return worker;
}

/** Marks the user as just active (the api does this on every interaction). */
export async function touch(worker: SeraphWorker): Promise<void> {
  await worker.redis.set(REDIS_KEYS.lastInteraction, worker.clock.now().toISOString());
}

/** Waits until `count` events named `event` have been published. */
export function waitForEvents(worker: SeraphWorker, event: BroadcastEnvelope['event'], count = 1) {
  return waitFor(`${count} "${event}" event(s)`, () =>
    worker.eventsOf(event).length >= count ? worker.eventsOf(event) : undefined,
  );
}
