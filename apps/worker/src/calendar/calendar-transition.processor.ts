import { Inject, Injectable } from '@nestjs/common';
import type { UserState } from '@seraph/contracts';
import type { Job } from 'bullmq';
import { AttentionStateService } from '../attention-state/attention-state.service';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { JobProcessor, type JobHandler } from '../queues/job-processor';
import { CALENDAR_TRANSITION_JOB, type TransitionData } from './calendar-jobs';

/**
 * `calendar.transition`: a delayed job at an event's start or end (+5 s) that recomputes the user
 * state, so `in_meeting` and `transitioning` begin on the minute rather than at the next scan.
 */
@Injectable()
@JobProcessor(CALENDAR_TRANSITION_JOB)
export class CalendarTransitionProcessor implements JobHandler<
  TransitionData,
  { state: UserState }
> {
  private readonly log: Logger;

  constructor(
    private readonly attention: AttentionStateService,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'CalendarTransition' });
  }

  async handle(job: Job<TransitionData>): Promise<{ state: UserState }> {
    const snapshot = await this.attention.refresh('calendar-transition');
    this.log.debug({ jobId: job.id, state: snapshot.userState.state }, 'Calendar transition');
    return { state: snapshot.userState.state };
  }
}
