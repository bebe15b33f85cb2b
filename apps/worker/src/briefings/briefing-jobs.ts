import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@seraph/attention';
import { deliverBriefing } from '@seraph/insights';
import { SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { AttentionStateService } from '../attention-state/attention-state.service';
import { Broadcaster } from '../broadcast/broadcaster';
import { CLOCK, type Clock } from '../clock/clock';
import { loadCalendarWindow } from '../context/calendar-window';
import { loadGoalViews } from '../context/goal-overview';
import { DATA_SOURCE } from '../database/database.module';
import { LLM, type WorkerLlm } from '../llm/llm.module';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import type { JobSchedule } from '../queues/job-processor';
import { gatherFacts } from './briefing-facts';
import { briefingCron } from './briefing-schedule';
import type { BriefingKind } from './briefing-template';
import { writeBriefing } from './briefing-writer';

export interface BriefingJobResult {
  kind: BriefingKind;
  localDate: string;
  /** False when this briefing was already delivered today (a duplicate or retried run). */
  delivered: boolean;
  by: 'model' | 'template' | null;
  insightCount: number;
}

/** What both briefing processors share: schedule from settings, gather, write, deliver. */
@Injectable()
export class BriefingJobs {
  private readonly log: Logger;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LLM) private readonly llm: WorkerLlm,
    private readonly attention: AttentionStateService,
    private readonly broadcaster: Broadcaster,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'Briefings' });
  }

  /** Every day at the settings' local time, in the user's time zone (DST handled by the cron). */
  async schedule(kind: BriefingKind): Promise<JobSchedule> {
    const settings = await this.settings();
    const time = kind === 'daily' ? settings.briefingTime : settings.reviewTime;
    const { pattern, tz, problems } = briefingCron(kind, time, settings.timezone);
    for (const problem of problems) this.log.warn({ kind }, `Briefing settings: ${problem}`);
    return { pattern, tz };
  }

  async run(kind: BriefingKind, signal: AbortSignal): Promise<BriefingJobResult> {
    const now = this.clock.now();
    const settings = await this.settings();
    const day = localDate(now, settings.timezone);
    const [goals, events] = await Promise.all([
      loadGoalViews(this.dataSource, now, settings.timezone),
      loadCalendarWindow(this.dataSource, now),
    ]);
    const facts = gatherFacts(kind, now, settings.timezone, goals, events);
    const written = await writeBriefing(facts, this.llm, signal);
    signal.throwIfAborted();
    const result = await deliverBriefing(this.dataSource, {
      kind,
      localDate: day,
      body: written.text,
      now: this.clock.now(),
    });
    if (!result.created) {
      this.log.info(
        { kind, localDate: day },
        'Briefing already delivered today; not sending again',
      );
      return { kind, localDate: day, delivered: false, by: null, insightCount: 0 };
    }
    if (result.proactive) await this.broadcaster.publish('proactive', result.proactive);
    if (result.insights.length > 0)
      await this.broadcaster.publish('insights:changed', { queued: 0 });
    await this.attention.refresh(`briefing.${kind}`);
    this.log.info(
      {
        kind,
        localDate: day,
        by: written.by,
        fallbackReason: written.fallbackReason,
        insights: result.insights.length,
        inputTokens: written.inputTokens,
        outputTokens: written.outputTokens,
      },
      'Briefing delivered',
    );
    return {
      kind,
      localDate: day,
      delivered: true,
      by: written.by,
      insightCount: result.insights.length,
    };
  }

  private settings(): Promise<SettingsEntity> {
    return this.dataSource.getRepository(SettingsEntity).findOneByOrFail({ id: SETTINGS_ROW_ID });
  }
}
