import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { JobHandler } from './job-processor';
import type { QueueSettings } from './queue-table';
import { runWithTimeout } from './run-with-timeout';

/**
 * The BullMQ processor for one queue: picks the job's handler by name and runs it under the queue's
 * `timeoutMs`. It takes BullMQ's own cancellation signal as a third parameter, so BullMQ passes it.
 */
export function createJobRunner(
  queue: string,
  settings: Pick<QueueSettings, 'timeoutMs'>,
  handlers: ReadonlyMap<string, JobHandler>,
): Processor {
  return async (job: Job, _token?: string, signal?: AbortSignal) => {
    const handler = handlers.get(job.name);
    if (!handler) {
      throw new UnrecoverableError(`Queue "${queue}" has no processor for job "${job.name}"`);
    }
    return runWithTimeout(
      (deadline) => handler.handle(job, deadline),
      settings.timeoutMs,
      `Job ${job.name} (${job.id})`,
      signal,
    );
  };
}
