import { Inject, Injectable } from '@nestjs/common';
import { STRATEGIST_TICK_JOB } from '@seraph/contracts';
import { offerInsight } from '@seraph/insights';
import { InsightEntity } from '@seraph/persistence';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { AttentionStateService } from '../attention-state/attention-state.service';
import { Broadcaster } from '../broadcast/broadcaster';
import { CLOCK, type Clock } from '../clock/clock';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { loadCalendarWindow } from '../context/calendar-window';
import { DATA_SOURCE } from '../database/database.module';
import { LLM, type WorkerLlm } from '../llm/llm.module';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { JobProcessor, type JobHandler, type JobSchedule } from '../queues/job-processor';
import type { JobName } from '../queues/queue-table';
import { OFFER_INSIGHT_TOOL, parseProposal, proposalMessages } from './insight-proposal';
import { buildContext, contextFingerprint } from './strategist-context';
import { StrategistRuns, type TickResult } from './strategist-runs';

export const STRATEGIST_JOB = STRATEGIST_TICK_JOB satisfies JobName;

/** Data of a tick job: manual ticks (the user pressed "think now") always ask the model. */
export interface TickData {
  manual?: boolean;
}

const NO_TOKENS = { modelCalled: false, inputTokens: 0, outputTokens: 0, insightId: null };

/**
 * `strategist.tick` (PRODUCT §3): recompute the attention state, build the context and — when a
 * model is configured and something changed since the last model call — ask for at most one
 * insight, pass it through the gate, deliver or queue it. The job id names the period, and both
 * the run row and the insight's origin key are unique per job id, so a retried, stalled or
 * duplicated tick never sends the same nudge twice.
 */
@Injectable()
@JobProcessor(STRATEGIST_JOB)
export class StrategistProcessor implements JobHandler<TickData, TickResult> {
  private readonly log: Logger;
  private readonly runs: StrategistRuns;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LLM) private readonly llm: WorkerLlm,
    private readonly attention: AttentionStateService,
    private readonly broadcaster: Broadcaster,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Strategist' });
    this.runs = new StrategistRuns(dataSource);
  }

  schedule(): JobSchedule {
    return { every: this.config.strategistIntervalMin * 60_000 };
  }

  async handle(job: Job<TickData, TickResult>, signal: AbortSignal): Promise<TickResult> {
    const jobId = String(job.id);
    const run = await this.runs.begin(jobId, this.clock.now());
    if (run.finishedAt) {
      this.log.info({ jobId, outcome: run.outcome }, 'Tick already ran to the end; nothing to do');
      return StrategistRuns.resultOf(run);
    }
    this.log.info(
      { jobId, attempt: job.attemptsMade + 1, manual: Boolean(job.data?.manual) },
      'Tick started',
    );
    const snapshot = await this.attention.refresh('tick');
    signal.throwIfAborted();
    await job.updateProgress({ step: 'context', userState: snapshot.userState.state });
    const now = snapshot.now;
    const [events, queued] = await Promise.all([
      loadCalendarWindow(this.dataSource, now),
      this.dataSource
        .getRepository(InsightEntity)
        .find({ where: { status: 'queued' }, order: { createdAt: 'ASC' } }),
    ]);
    const context = buildContext(snapshot, events, queued);
    const fingerprint = contextFingerprint(context, snapshot.goals);
    const finish = async (result: TickResult): Promise<TickResult> => {
      await this.runs.finish(run.id, result, fingerprint, this.clock.now());
      const pruned = await this.runs.prune(this.clock.now());
      if (pruned > 0) this.log.info({ pruned }, 'Forgot strategist runs older than 30 days');
      this.log.info(
        { jobId, attempt: job.attemptsMade + 1, ...result, userState: context.userState },
        'Tick finished',
      );
      return result;
    };

    if (!this.llm) {
      return finish({ outcome: 'no_model', reason: 'no language model configured', ...NO_TOKENS });
    }
    if (!job.data?.manual && fingerprint === (await this.runs.lastModelFingerprint())) {
      return finish({
        outcome: 'nothing_new',
        reason: 'nothing changed since the last model call',
        ...NO_TOKENS,
      });
    }

    this.log.info(
      { jobId, goals: context.goals.length, events: context.events.length },
      'Asking the model',
    );
    const answer = await this.llm.complete({
      messages: proposalMessages(context),
      tools: [OFFER_INSIGHT_TOOL],
      callType: 'strategist',
      signal,
    });
    const usage = {
      inputTokens: answer.usage.inputTokens,
      outputTokens: answer.usage.outputTokens,
    };
    await this.runs.markModelCalled(run.id, fingerprint, usage);
    const spent = { modelCalled: true, ...usage };

    const parsed = parseProposal(answer.toolCalls, new Set(snapshot.goals.map((goal) => goal.id)));
    if (parsed.kind === 'none') {
      return finish({
        outcome: 'no_insight',
        reason: 'the model had nothing to add',
        ...spent,
        insightId: null,
      });
    }
    if (parsed.kind === 'invalid') {
      return finish({
        outcome: 'invalid_output',
        reason: parsed.problem,
        ...spent,
        insightId: null,
      });
    }

    await job.updateProgress({ step: 'gate', urgency: parsed.proposal.urgency });
    const offer = await offerInsight(
      this.dataSource,
      { ...parsed.proposal, originKey: `tick:${jobId}` },
      { now, userState: context.userState },
    );
    if (offer.proactive) await this.broadcaster.publish('proactive', offer.proactive);
    if (offer.outcome === 'queued' || offer.outcome === 'delivered') {
      await this.broadcaster.publish('insights:changed', {
        queued: snapshot.queued + (offer.outcome === 'queued' ? 1 : 0),
      });
      await this.attention.refresh('insight');
    }
    const reason =
      offer.decision?.reason ??
      (offer.outcome === 'repeat'
        ? 'the same kind of insight about the same goals was offered within 24 h'
        : 'this tick already offered its insight');
    return finish({
      outcome: offer.outcome,
      reason,
      ...spent,
      insightId: offer.insight?.id ?? null,
    });
  }
}
