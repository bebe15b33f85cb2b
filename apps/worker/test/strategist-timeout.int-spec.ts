import { InsightEntity, StrategistRunEntity } from '@seraph/persistence';
import {
  startOpenAIStandIn,
  waitFor,
  type OpenAIStandIn,
  type ScriptedReply,
} from '@seraph/testing';
import type { Job } from 'bullmq';
import { JOB_TABLE, QUEUE_TABLE, type QueueDefinitions } from '../src/queues/queue-table';
import type { TickResult } from '../src/strategist/strategist-runs';
import { startSeraphWorker, touch, type SeraphWorker } from './support/seraph-worker';
import { startTcpRecorder, type TcpRecorder } from './support/tcp-recorder';

const TIMEOUT_MS = 1_500;
const TEXT = 'The report is due on Friday: one section today?';

/** The strategist queue with a short deadline and quick, fixed retries; the rest as in production. */
const definitions: QueueDefinitions = {
  queues: {
    ...QUEUE_TABLE,
    strategist: {
      ...QUEUE_TABLE.strategist,
      timeoutMs: TIMEOUT_MS,
      lockDuration: 5_000,
      attempts: 3,
      backoff: { type: 'fixed', delay: 200 },
    },
  },
  jobs: JOB_TABLE,
};

const offer = (goalIds: string[]): ScriptedReply => ({
  toolCalls: [
    { name: 'offer_insight', arguments: { text: TEXT, urgency: 3, type: 'nudge', goalIds } },
  ],
  usage: { promptTokens: 120, completionTokens: 30 },
});

describe('strategist.tick past its deadline (real BullMQ, Redis, Postgres and HTTP)', () => {
  let llm: OpenAIStandIn;
  let relay: TcpRecorder;
  let worker: SeraphWorker;

  beforeAll(async () => {
    llm = await startOpenAIStandIn();
    relay = await startTcpRecorder(Number(new URL(llm.baseUrl).port));
    worker = await startSeraphWorker({
      llm,
      definitions,
      env: { LLM_BASE_URL: `${relay.origin}/v1` },
    });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await relay?.close();
    await llm?.close();
  });

  it('aborts the model request at the deadline, then the retry delivers exactly once', async () => {
    llm.reset(); // forget the boot-time tick's request
    await worker.setSettings({
      interruptionMode: 'balanced',
      attentionBudgetRemaining: 5,
      attentionBudgetDate: '2026-11-25',
    });
    const goal = await worker.addGoal({ title: 'Quarterly report', dueDate: '2026-11-27' });
    await touch(worker);
    worker.events.length = 0;
    llm.enqueue({ delayMs: 10_000, ...offer([goal.id]) }, offer([goal.id]));

    const jobId = 'timeout-tick-1';
    const started = Date.now();
    await worker
      .queue('strategist')
      .add('strategist.tick', {}, { jobId, attempts: 3, backoff: { type: 'fixed', delay: 200 } });
    const job = await waitFor(
      'the tick to complete',
      async () => {
        const found = await worker.queue('strategist').getJob(jobId);
        return found && (await found.isCompleted()) ? found : undefined;
      },
      { timeoutMs: 15_000 },
    );
    const elapsed = Date.now() - started;

    // Attempt 1 failed on the deadline, long before the 10 s reply; attempt 2 completed.
    expect(elapsed).toBeLessThan(8_000);
    const done = (await worker.queue('strategist').getJob(jobId)) as Job<unknown, TickResult>;
    expect(done.returnvalue).toMatchObject({ outcome: 'delivered', modelCalled: true });
    expect(done.attemptsMade).toBe(2);
    expect(done.stacktrace).toHaveLength(1);
    expect(done.stacktrace?.[0]).toMatch(/timed out after 1500 ms/);
    expect(job.id).toBe(jobId);
    const failures = worker.logs.filter(
      (line) => line.msg === 'Job attempt failed' && line.jobId === jobId,
    );
    expect(failures).toEqual([
      expect.objectContaining({
        errorName: 'JobTimeoutError',
        error: `Job strategist.tick (${jobId}) timed out after ${TIMEOUT_MS} ms`,
        attempt: 1,
      }),
    ]);

    // The AbortSignal reached the HTTP request: the worker itself closed the connection carrying
    // the first request, at the deadline, without the stand-in having answered on it.
    expect(llm.requests).toHaveLength(2);
    const cut = relay.connections.filter(
      (c) => c.closedBy === 'client' && c.closedAt !== undefined && c.closedAt >= started,
    );
    expect(cut).toHaveLength(1);
    expect(cut[0].closedAt! - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(cut[0].closedAt! - started).toBeLessThan(TIMEOUT_MS + 1_000);
    expect(cut[0].lastUpstreamDataAt ?? 0).toBeLessThan(started);

    // Exactly one of everything.
    expect(worker.eventsOf('proactive')).toEqual([
      expect.objectContaining({ text: TEXT, goalIds: [goal.id] }),
    ]);
    expect(await worker.db.getRepository(InsightEntity).count()).toBe(1);
    const messages = await worker.db.query(
      `SELECT m.content FROM chat_messages m JOIN chat_sessions s ON s.id = m.session_id
       WHERE s.title = 'Seraph' AND m.role = 'assistant'`,
    );
    expect(messages).toEqual([{ content: TEXT }]);
    const runs = await worker.db.getRepository(StrategistRunEntity).findBy({ jobId });
    expect(runs).toEqual([expect.objectContaining({ outcome: 'delivered', modelCalled: true })]);
  }, 30_000);
});
