import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROADCAST_CHANNEL, type BroadcastEnvelope } from '@seraph/contracts';
import {
  createDataSource,
  GoalEntity,
  InsightEntity,
  runMigrations,
  SETTINGS_ROW_ID,
  SettingsEntity,
  StrategistRunEntity,
} from '@seraph/persistence';
import {
  createTestDatabase,
  getFreePort,
  startOpenAIStandIn,
  startPrivateRedis,
  waitFor,
  type OpenAIStandIn,
  type PrivateRedis,
  type ScriptedReply,
  type TestDatabase,
} from '@seraph/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { uniquePrefix } from './support/harness';

const SCRIPT = join(__dirname, 'support', 'worker-process.cjs');
const TEXT = 'The tax filing closes tonight: ten minutes now?';
const NOTHING: ScriptedReply = {
  text: 'nothing',
  usage: { promptTokens: 50, completionTokens: 1 },
};
const offer = (goalIds: string[]): ScriptedReply => ({
  // Urgency 5 passes the gate at any hour, so the test does not depend on the machine's clock.
  toolCalls: [
    { name: 'offer_insight', arguments: { text: TEXT, urgency: 5, type: 'alert', goalIds } },
  ],
  usage: { promptTokens: 120, completionTokens: 30 },
});
const hhmm = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:00`;

describe('a worker killed (SIGKILL) in the middle of a strategist tick', () => {
  const prefix = uniquePrefix('sigkill');
  const children: { child: ChildProcess; output: string[] }[] = [];
  const events: BroadcastEnvelope[] = [];
  let redis: PrivateRedis;
  let database: TestDatabase;
  let llm: OpenAIStandIn;
  let db: DataSource;
  let subscriber: Redis;
  let queue: Queue;

  beforeAll(async () => {
    [redis, database, llm] = await Promise.all([
      startPrivateRedis(),
      createTestDatabase('sigkill'),
      startOpenAIStandIn(),
    ]);
    db = createDataSource({ url: database.url, applicationName: 'sigkill-test' });
    await db.initialize();
    await runMigrations(db);
    // Briefings far from now (the workers run on the real clock), a fresh attention budget.
    const now = new Date();
    await db.getRepository(SettingsEntity).update(
      { id: SETTINGS_ROW_ID },
      {
        timezone: 'UTC',
        briefingTime: hhmm(new Date(now.getTime() + 6 * 3_600_000)),
        reviewTime: hhmm(new Date(now.getTime() + 12 * 3_600_000)),
        attentionBudgetRemaining: 5,
        attentionBudgetDate: now.toISOString().slice(0, 10),
      },
    );
    subscriber = new Redis(redis.url);
    await subscriber.subscribe(BROADCAST_CHANNEL);
    subscriber.on('message', (_channel, text: string) => {
      events.push(JSON.parse(text) as BroadcastEnvelope);
    });
    queue = new Queue('strategist', { connection: { port: redis.port }, prefix });
    queue.on('error', () => undefined);
  }, 30_000);

  afterAll(async () => {
    for (const { child } of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    await queue?.close();
    subscriber?.disconnect();
    await db?.destroy();
    await llm?.close();
    await redis?.kill();
    await database?.drop();
  });

  /** Starts the worker script as a new process and waits until it has booted. */
  const startProcess = async () => {
    const output: string[] = [];
    const child = spawn(process.execPath, [SCRIPT], {
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        DATABASE_URL: database.url,
        QUEUE_PREFIX: prefix,
        WORKER_HEALTH_PORT: String(await getFreePort()),
        HEARTBEAT_EVERY_MS: String(60 * 60 * 1000),
        STRATEGIST_INTERVAL_MIN: '1440',
        CALENDAR_SCAN_INTERVAL_MIN: '1440',
        LLM_BASE_URL: llm.baseUrl,
        LLM_MODEL: 'stand-in-model',
        LLM_API_KEY: '',
        LLM_MAX_RETRIES: '0',
        LLM_LOG_DIR: join(tmpdir(), `seraph-worker-test-${process.pid}`),
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    children.push({ child, output });
    await waitFor(
      'the worker process to start',
      () => {
        if (child.exitCode !== null) throw new Error(`exited: ${output.join('')}`);
        return output.join('').includes('ready\n');
      },
      { timeoutMs: 20_000 },
    );
    return { child, output };
  };

  const kill9 = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });

  it('runs the stalled tick again in a new process and delivers exactly once', async () => {
    llm.setFallback(NOTHING);
    const first = await startProcess();
    // The interval schedule runs one tick at boot: let it finish before the test's own tick.
    await waitFor('the boot-time tick', async () => (await queue.getCompletedCount()) >= 1);
    llm.reset();

    const goal = await db.getRepository(GoalEntity).save(
      db.getRepository(GoalEntity).create({
        title: 'File the taxes',
        level: 'weekly',
        domain: 'productivity',
        status: 'active',
        progress: 0,
        dueDate: new Date().toISOString().slice(0, 10),
      }),
    );
    llm.enqueue({ delayMs: 60_000, ...offer([goal.id]) });
    llm.setFallback(offer([goal.id]));
    events.length = 0;

    const jobId = 'sigkill-tick-1';
    await queue.add('strategist.tick', {}, { jobId, attempts: 3 });
    await waitFor('the model request of the tick', () => llm.requests.length === 1);
    expect(await queue.getJobState(jobId)).toBe('active');
    await kill9(first.child);

    const second = await startProcess();
    await waitFor(
      'the stalled tick to complete in the new process',
      async () => (await queue.getJobState(jobId)) === 'completed',
      { timeoutMs: 20_000 },
    );

    const job = await queue.getJob(jobId);
    expect(job?.returnvalue).toMatchObject({ outcome: 'delivered', modelCalled: true });
    expect(job?.stalledCounter).toBe(1);
    expect(second.output.join('')).toContain('Job stalled');
    expect(llm.requests).toHaveLength(2);

    expect(await db.getRepository(InsightEntity).count()).toBe(1);
    const messages = await db.query(
      `SELECT m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
       WHERE s.title = 'Seraph' AND m.role = 'assistant'`,
    );
    expect(messages).toEqual([{ content: TEXT }]);
    const runs = await db.getRepository(StrategistRunEntity).findBy({ jobId });
    expect(runs).toEqual([expect.objectContaining({ jobId, outcome: 'delivered' })]);
    // Published after commit; give the subscriber a moment for anything that might follow.
    await waitFor('the proactive event', () => events.some((e) => e.event === 'proactive'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.filter((e) => e.event === 'proactive').map((e) => e.payload)).toEqual([
      expect.objectContaining({ text: TEXT, urgency: 5, goalIds: [goal.id] }),
    ]);
  }, 40_000);
});
