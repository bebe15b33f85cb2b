import type { JobHandler } from './job-processor';
import type { QueueDefinitions, QueueSettings } from './queue-table';
import { checkQueueSettings } from './queue-table';

/** A queue or job in the tables has no handler (or a handler names no known job): boot stops. */
export class ProcessorPlanError extends Error {
  override readonly name = 'ProcessorPlanError';
}

export interface DiscoveredHandler {
  jobName: string;
  handler: JobHandler;
  /** Class name, for error messages. */
  owner: string;
}

export interface QueuePlan {
  queue: string;
  settings: QueueSettings;
  handlers: ReadonlyMap<string, JobHandler>;
}

/**
 * Matches discovered handlers to the queue and job tables. Every queue must have at least one job,
 * every job exactly one handler, and every handler a job in the table — otherwise the worker would
 * start and silently leave work waiting in Redis.
 */
export function planQueues(
  definitions: QueueDefinitions,
  discovered: readonly DiscoveredHandler[],
): QueuePlan[] {
  const byJob = new Map<string, DiscoveredHandler>();
  for (const found of discovered) {
    if (!(found.jobName in definitions.jobs)) {
      throw new ProcessorPlanError(
        `${found.owner} handles job "${found.jobName}", which is not in the job table`,
      );
    }
    const previous = byJob.get(found.jobName);
    if (previous) {
      throw new ProcessorPlanError(
        `Job "${found.jobName}" has two processors: ${previous.owner} and ${found.owner}`,
      );
    }
    byJob.set(found.jobName, found);
  }

  const plans: QueuePlan[] = [];
  for (const [queue, settings] of Object.entries(definitions.queues)) {
    checkQueueSettings(queue, settings);
    const jobs = Object.entries(definitions.jobs).filter(([, job]) => job.queue === queue);
    if (jobs.length === 0) {
      throw new ProcessorPlanError(
        `Queue "${queue}" has no processor: no job in the job table uses it`,
      );
    }
    const handlers = new Map<string, JobHandler>();
    for (const [jobName] of jobs) {
      const found = byJob.get(jobName);
      if (!found) {
        throw new ProcessorPlanError(
          `Queue "${queue}" has no processor for job "${jobName}": add a provider marked @JobProcessor('${jobName}')`,
        );
      }
      handlers.set(jobName, found.handler);
    }
    plans.push({ queue, settings, handlers });
  }
  for (const [jobName, job] of Object.entries(definitions.jobs)) {
    if (!(job.queue in definitions.queues)) {
      throw new ProcessorPlanError(
        `Job "${jobName}" names queue "${job.queue}", which is not in the queue table`,
      );
    }
  }
  return plans;
}
