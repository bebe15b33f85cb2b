import type { JobHandler } from './job-processor';
import { planQueues, ProcessorPlanError, type DiscoveredHandler } from './processor-plan';
import {
  PRODUCTION_QUEUE_DEFINITIONS,
  productionDefinitions,
  QUEUE_NAMES,
  QUEUE_TABLE,
  type QueueDefinitions,
  type QueueName,
  type QueueSettings,
} from './queue-table';

const handler: JobHandler = { handle: async () => undefined };
const found = (jobName: string, owner = 'SomeProcessor'): DiscoveredHandler => ({
  jobName,
  handler,
  owner,
});

const settings: QueueSettings = { ...QUEUE_TABLE.system };

describe('the production queue table', () => {
  it('has a row for every queue, each lock outlasting its timeout', () => {
    expect(Object.keys(QUEUE_TABLE).sort()).toEqual([...QUEUE_NAMES].sort());
    for (const row of Object.values(QUEUE_TABLE)) {
      expect(row.lockDuration).toBeGreaterThan(row.timeoutMs);
    }
  });

  it('is fully served once every job has its processor, and names the missing one otherwise', () => {
    const everyJob = Object.keys(PRODUCTION_QUEUE_DEFINITIONS.jobs).map((job) =>
      found(job, `${job}Processor`),
    );
    const plans = planQueues(PRODUCTION_QUEUE_DEFINITIONS, everyJob);
    expect(plans.map((p) => p.queue).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(() => planQueues(PRODUCTION_QUEUE_DEFINITIONS, everyJob.slice(1))).toThrow(
      /no processor for job "system\.heartbeat"/,
    );
  });

  it('takes the strategist deadline from AGENT_STRATEGIST_TIMEOUT_S, keeping its lock longer', () => {
    const slow = productionDefinitions(120_000).queues.strategist!;
    expect(slow.timeoutMs).toBe(120_000);
    expect(slow.lockDuration).toBe(180_000);
    const fast = productionDefinitions(5_000).queues.strategist!;
    expect(fast.lockDuration).toBeGreaterThan(fast.timeoutMs);
    expect(productionDefinitions(60_000).queues.system).toEqual(QUEUE_TABLE.system);
  });

  it('does not compile a queue row that leaves out a setting', () => {
    // Type-level check, enforced by `npm run typecheck` (tsconfig.json includes the specs).
    const incomplete = {
      // @ts-expect-error -- removeOnFail is missing
      system: {
        attempts: 1,
        backoff: { type: 'fixed', delay: 1 },
        timeoutMs: 1,
        concurrency: 1,
        lockDuration: 2,
        removeOnComplete: { count: 10 },
      },
    } satisfies Record<QueueName, QueueSettings>;
    expect(incomplete).toBeDefined();
  });
});

describe('planQueues', () => {
  it('refuses a queue that has no processor for its job', () => {
    const definitions: QueueDefinitions = {
      queues: { system: settings, calendar: settings },
      jobs: { 'system.heartbeat': { queue: 'system' }, 'calendar.scan': { queue: 'calendar' } },
    };
    expect(() => planQueues(definitions, [found('system.heartbeat')])).toThrow(
      new ProcessorPlanError(
        `Queue "calendar" has no processor for job "calendar.scan": add a provider marked @JobProcessor('calendar.scan')`,
      ),
    );
  });

  it('refuses a queue that no job uses at all', () => {
    const definitions: QueueDefinitions = {
      queues: { system: settings, briefing: settings },
      jobs: { 'system.heartbeat': { queue: 'system' } },
    };
    expect(() => planQueues(definitions, [found('system.heartbeat')])).toThrow(
      /Queue "briefing" has no processor/,
    );
  });

  it('refuses a processor for a job that is not in the table', () => {
    expect(() =>
      planQueues(PRODUCTION_QUEUE_DEFINITIONS, [
        found('system.heartbeat'),
        found('system.typo', 'TypoProcessor'),
      ]),
    ).toThrow('TypoProcessor handles job "system.typo", which is not in the job table');
  });

  it('refuses two processors for one job', () => {
    expect(() =>
      planQueues(PRODUCTION_QUEUE_DEFINITIONS, [
        found('system.heartbeat', 'A'),
        found('system.heartbeat', 'B'),
      ]),
    ).toThrow('Job "system.heartbeat" has two processors: A and B');
  });

  it('refuses a job whose queue is not in the table', () => {
    const definitions: QueueDefinitions = {
      queues: { system: settings },
      jobs: { 'system.heartbeat': { queue: 'system' }, 'orphan.job': { queue: 'nowhere' } },
    };
    expect(() => planQueues(definitions, [found('system.heartbeat'), found('orphan.job')])).toThrow(
      'Job "orphan.job" names queue "nowhere", which is not in the queue table',
    );
  });

  it('refuses a lock that does not outlast the timeout', () => {
    const definitions: QueueDefinitions = {
      queues: { system: { ...settings, timeoutMs: 30_000, lockDuration: 30_000 } },
      jobs: { 'system.heartbeat': { queue: 'system' } },
    };
    expect(() => planQueues(definitions, [found('system.heartbeat')])).toThrow(
      /lockDuration .* must exceed timeoutMs/,
    );
  });
});
