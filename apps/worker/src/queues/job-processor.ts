import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { JobName } from './queue-table';

/** How often the runner keeps one BullMQ job scheduler for a job (upserted, so never duplicated). */
export type JobSchedule = { every: number } | { pattern: string; tz?: string };

/**
 * A job's code. Mark the provider with `@JobProcessor('<job name>')` and list it in a module's
 * providers; the queue runner finds it, and refuses to start while a queue or job has none.
 */
export interface JobHandler<Data = unknown, Result = unknown> {
  /**
   * Runs one attempt. `signal` aborts when the queue's `timeoutMs` passes (the attempt has then
   * already failed): pass it to every outbound call so abandoned work stops.
   */
  handle(job: Job<Data, Result>, signal: AbortSignal): Promise<Result>;
  /**
   * A repeating schedule, registered at boot, whenever Redis comes back, and when a processor
   * asks the runner to (`QueueRunner.registerSchedules`, e.g. after the user changed a time).
   * May read settings, hence the promise; undefined means "no schedule".
   */
  schedule?(): JobSchedule | undefined | Promise<JobSchedule | undefined>;
}

/** Marks a provider as the handler of one job name from the job table. */
export const JobProcessor = DiscoveryService.createDecorator<JobName>();
