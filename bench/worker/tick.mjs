// The strategist tick without a model, on 1,000 goals (bench/api/seed.mjs: five life_vision trees
// down to daily, mixed statuses and due dates, some overdue or behind) and 200 calendar events in
// the next 24 h. Boots the built worker in-process (fixed clock, no LLM) and times N tick jobs end
// to end through BullMQ (processedOn → finishedOn, queueing excluded), then the pure context
// building (AttentionStateService.refresh + calendar window + buildContext + contextFingerprint)
// through the Nest providers. Baselines in the same run: the same tick on 10 goals, and a naive
// context build that loads the tree with one query per goal (N+1) and recomputes each goal's
// rolled-up progress over the whole tree instead of using the roll-up map.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import testing from '@seraph/testing';
import { buildGoals, seed } from '../api/seed.mjs';

const require = createRequire(import.meta.url);
const dist = (path) => require(`../../apps/worker/dist/${path}`);
const { startWorker } = dist('start-worker.js');
const { loadWorkerConfig } = dist('config/worker-config.js');
const { createLogger } = dist('logging/logger.js');
const { AttentionStateService } = dist('attention-state/attention-state.service.js');
const { DATA_SOURCE } = dist('database/database.module.js');
const { loadCalendarWindow } = dist('context/calendar-window.js');
const { buildContext, contextFingerprint } = dist('strategist/strategist-context.js');
const { calendarDate, goalHealth } = require('@seraph/goals');
const { InsightEntity } = require('@seraph/persistence');
const { Queue, QueueEvents } = require('bullmq');

const { createTestDatabase, getFreePort, startPrivateRedis } = testing;
const TICKS = Math.max(30, Number(process.env.BENCH_TICKS ?? 40));
const WARMUP = 5;
const TARGET_MS = 50;
const NOW = new Date('2026-11-25T10:00:00Z');
const HOUR = 3_600_000;

export const stats = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) };
};
const ms = (value) => `${value.toFixed(2)} ms`;

async function seedEvents(db) {
  const rows = [];
  for (let i = 0; i < 200; i += 1) {
    const start = new Date(NOW.getTime() + (i * 24 * HOUR) / 200 + 5 * 60_000);
    const end = new Date(start.getTime() + (15 + (i % 4) * 15) * 60_000);
    rows.push([`bench-event-${i}`, `Meeting ${i}`, start, end, i % 7 === 0, i % 50 === 0]);
  }
  const values = rows.map(
    (_, r) =>
      `($${r * 6 + 1}, $${r * 6 + 2}, $${r * 6 + 3}, $${r * 6 + 4}, $${r * 6 + 5}, $${r * 6 + 6})`,
  );
  await db.query(
    `INSERT INTO calendar_events (id, title, start_at, end_at, is_focus, all_day) VALUES ${values.join(', ')}`,
    rows.flat(),
  );
}

/** The naive way: walk the tree with one query per goal, recompute roll-ups goal by goal. */
async function naiveContext(db) {
  const goals = [];
  const visit = async (parentId) => {
    const children = await db.query(
      `SELECT id, title, level, domain, status, parent_id AS "parentId", due_date AS "dueDate",
              progress, created_at AS "createdAt", updated_at AS "updatedAt" FROM goals
        WHERE ${parentId ? 'parent_id = $1' : 'parent_id IS NULL'} ORDER BY created_at`,
      parentId ? [parentId] : [],
    );
    for (const child of children) {
      goals.push(child);
      await visit(child.id);
    }
  };
  await visit(null);
  const childrenOf = (id) => goals.filter((goal) => goal.parentId === id);
  const shown = (goal) => {
    const kids = childrenOf(goal.id).filter((kid) => kid.status !== 'abandoned');
    if (kids.length === 0) return goal.progress;
    return kids.reduce((sum, kid) => sum + shown(kid), 0) / kids.length;
  };
  const today = calendarDate(NOW, 'UTC');
  const views = goals.map((goal) => {
    const progress = shown(goal);
    return { ...goal, progress, ...goalHealth({ ...goal, progress }, NOW, today) };
  });
  const events = await db.query(
    `SELECT * FROM calendar_events WHERE end_at >= $1 AND start_at <= $2 ORDER BY start_at`,
    [new Date(NOW.getTime() - HOUR), new Date(NOW.getTime() + 24 * HOUR)],
  );
  return { views, events };
}

export async function runTickBench() {
  const [redis, database] = await Promise.all([
    startPrivateRedis(),
    createTestDatabase('benchtick'),
  ]);
  const prefix = `bench-worker-${process.pid}`;
  const config = loadWorkerConfig({
    REDIS_URL: redis.url,
    DATABASE_URL: database.url,
    QUEUE_PREFIX: prefix,
    WORKER_HEALTH_PORT: String(await getFreePort()),
    HEARTBEAT_EVERY_MS: String(24 * HOUR),
    STRATEGIST_INTERVAL_MIN: '1440',
    CALENDAR_SCAN_INTERVAL_MIN: '1440',
    LOG_LEVEL: 'warn',
  });
  const app = await startWorker(config, {
    logger: createLogger(config.log),
    clock: { now: () => new Date(NOW) },
  });
  const connection = { port: redis.port };
  const queue = new Queue('strategist', { connection, prefix });
  const events = new QueueEvents('strategist', { connection, prefix });
  try {
    await events.waitUntilReady();
    const db = app.get(DATA_SOURCE);
    const goals = buildGoals(NOW.getTime());
    await seed(database.url, goals);
    await seedEvents(db);
    await db.query(`UPDATE settings SET timezone = 'UTC'`);

    let seq = 0;
    const tickTimes = async (count) => {
      const samples = [];
      for (let i = 0; i < WARMUP + count; i += 1) {
        const job = await queue.add(
          'strategist.tick',
          {},
          { jobId: `bench-${++seq}`, attempts: 1 },
        );
        const result = await job.waitUntilFinished(events, 30_000);
        if (result.outcome !== 'no_model') throw new Error(`unexpected outcome ${result.outcome}`);
        const done = await queue.getJob(job.id);
        if (i >= WARMUP) samples.push(done.finishedOn - done.processedOn);
      }
      return stats(samples);
    };

    const attention = app.get(AttentionStateService);
    const contextTimes = async (count) => {
      const samples = [];
      for (let i = 0; i < WARMUP + count; i += 1) {
        const started = performance.now();
        const snapshot = await attention.refresh('bench');
        const [calendar, queued] = await Promise.all([
          loadCalendarWindow(db, snapshot.now),
          db.getRepository(InsightEntity).find({ where: { status: 'queued' } }),
        ]);
        const context = buildContext(snapshot, calendar, queued);
        contextFingerprint(context, snapshot.goals);
        if (i >= WARMUP) samples.push(performance.now() - started);
      }
      return { ...stats(samples), goals: (await attention.refresh('bench')).goals.length };
    };
    const naiveTimes = async (count) => {
      const samples = [];
      for (let i = 0; i < 2 + count; i += 1) {
        const started = performance.now();
        await naiveContext(db);
        if (i >= 2) samples.push(performance.now() - started);
      }
      return stats(samples);
    };

    const tick = await tickTimes(TICKS);
    const context = await contextTimes(TICKS);
    const naive = await naiveTimes(Math.min(TICKS, 30));
    await db.query('DELETE FROM goals');
    await seed(database.url, goals.slice(0, 10)); // parents come before their children
    const smallGoals = 10;
    const small = await tickTimes(TICKS);

    console.log(
      `Strategist tick without a model: ${goals.length} goals, 200 calendar events in the next 24 h, ${TICKS} ticks (+${WARMUP} warm-up)\n`,
    );
    const row = (label, s) =>
      console.log(
        `  ${label.padEnd(54)} p50 ${ms(s.p50).padStart(10)}  p95 ${ms(s.p95).padStart(10)}  max ${ms(s.max).padStart(10)}`,
      );
    row('tick job, processedOn → finishedOn (BullMQ)', tick);
    row(`context build (refresh+build+fingerprint), ${context.goals} goals`, context);
    row('baseline: naive N+1 context build', naive);
    row(`baseline: tick job on ${smallGoals} goals`, small);
    console.log(
      `\n  naive / ours context build (p50): ${(naive.p50 / context.p50).toFixed(1)}×` +
        `   tick on ${goals.length} / on ${smallGoals} goals (p50): ${(tick.p50 / Math.max(small.p50, 1)).toFixed(2)}×`,
    );
    const pass = tick.p50 <= TARGET_MS;
    console.log(
      `  Target: tick median ≤ ${TARGET_MS} ms → ${ms(tick.p50)}: ${pass ? 'PASS' : 'MISS'}\n`,
    );
    return pass;
  } finally {
    await queue.close();
    await events.close();
    await app.close();
    await redis.kill();
    await database.drop();
  }
}
