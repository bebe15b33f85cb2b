import { Inject, Injectable } from '@nestjs/common';
import { deriveAmbient, deriveUserState, type DerivedUserState } from '@seraph/attention';
import {
  REDIS_KEYS,
  USER_STATE_REDIS_KEY,
  type AmbientPayload,
  type UserState,
} from '@seraph/contracts';
import { deliverQueued, queuedCount, seraphSessionTail } from '@seraph/insights';
import { SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { Broadcaster } from '../broadcast/broadcaster';
import { CLOCK, type Clock } from '../clock/clock';
import { loadCalendarWindow, toSlots } from '../context/calendar-window';
import { goalsNeedingAttention, loadGoalViews, type GoalView } from '../context/goal-overview';
import { DATA_SOURCE } from '../database/database.module';
import { ROOT_LOGGER, type Logger } from '../logging/logger';
import { RedisConnection } from '../redis/redis-connection';
import { lastInteraction } from './last-interaction';

/** How long a delivered proactive message counts as waiting for the user's answer. */
const WAITING_WINDOW_MS = 2 * 3_600_000;

export interface AttentionSnapshot {
  now: Date;
  settings: SettingsEntity;
  userState: DerivedUserState;
  previousUserState: UserState | null;
  ambient: AmbientPayload;
  goals: GoalView[];
  queued: number;
  /** Insights delivered because the user just became free (`transitioning`). */
  deliveredOnTransition: number;
}

/**
 * Recomputes the user state and the ambient state from data (no model involved), stores them
 * where the api reads them, and publishes `user_state` / `ambient` when they change. Entering
 * `transitioning` delivers the queued insights, bundled and free of budget (PRODUCT §2).
 */
@Injectable()
export class AttentionStateService {
  private readonly log: Logger;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly redis: RedisConnection,
    private readonly broadcaster: Broadcaster,
    @Inject(ROOT_LOGGER) root: Logger,
  ) {
    this.log = root.child({ context: 'AttentionState' });
  }

  /** Serialised: two refreshes never race to publish opposite states. */
  refresh(reason: string): Promise<AttentionSnapshot> {
    const next = this.running.then(
      () => this.compute(reason),
      () => this.compute(reason),
    );
    this.running = next.catch(() => undefined);
    return next;
  }

  private async compute(reason: string): Promise<AttentionSnapshot> {
    const now = this.clock.now();
    const redis = this.redis.client;
    const settings = await this.dataSource
      .getRepository(SettingsEntity)
      .findOneByOrFail({ id: SETTINGS_ROW_ID });
    const [events, interaction, previousRaw] = await Promise.all([
      loadCalendarWindow(this.dataSource, now),
      lastInteraction(redis, this.dataSource),
      redis.get(USER_STATE_REDIS_KEY),
    ]);
    const userState = deriveUserState({
      now,
      timeZone: settings.timezone,
      events: toSlots(events),
      lastInteractionAt: interaction,
      activeHoursStart: settings.activeHoursStart,
      reviewTime: settings.reviewTime,
    });
    const previousUserState = (previousRaw as UserState | null) ?? null;
    if (userState.state !== previousUserState) {
      await redis.set(USER_STATE_REDIS_KEY, userState.state);
      await this.broadcaster.publish(
        'user_state',
        { state: userState.state, at: now.toISOString() },
        REDIS_KEYS.userStatePayload,
      );
      this.log.info(
        { from: previousUserState, to: userState.state, why: userState.reason, trigger: reason },
        'User state changed',
      );
    }

    let deliveredOnTransition = 0;
    if (userState.state === 'transitioning' && previousUserState !== 'transitioning') {
      const bundle = await deliverQueued(this.dataSource, 'transitioning', now);
      deliveredOnTransition = bundle.insights.length;
      for (const payload of bundle.proactive) await this.broadcaster.publish('proactive', payload);
      if (deliveredOnTransition > 0) {
        await this.broadcaster.publish('insights:changed', { queued: 0 });
        this.log.info({ count: deliveredOnTransition }, 'Delivered queued insights on transition');
      }
    }

    const [goals, queued, tail] = await Promise.all([
      loadGoalViews(this.dataSource, now, settings.timezone),
      queuedCount(this.dataSource),
      seraphSessionTail(this.dataSource),
    ]);
    const waitingOnUser =
      tail !== null &&
      tail.role === 'assistant' &&
      now.getTime() - tail.createdAt.getTime() < WAITING_WINDOW_MS &&
      (interaction === null || interaction < tail.createdAt);
    const derived = deriveAmbient({
      queuedInsights: queued,
      waitingOnUser,
      activeGoalCount: goals.filter((goal) => goal.status === 'active').length,
      behindGoalTitles: goalsNeedingAttention(goals).map((goal) => goal.title),
    });
    const ambient: AmbientPayload = {
      state: derived.state,
      reason: derived.reason,
      insightCount: queued,
      at: now.toISOString(),
    };
    await this.publishAmbientIfChanged(ambient, reason);
    return {
      now,
      settings,
      userState,
      previousUserState,
      ambient,
      goals,
      queued,
      deliveredOnTransition,
    };
  }

  private async publishAmbientIfChanged(ambient: AmbientPayload, trigger: string): Promise<void> {
    const storedRaw = await this.redis.client.get(REDIS_KEYS.ambient);
    const stored = storedRaw ? (JSON.parse(storedRaw) as AmbientPayload) : null;
    if (
      stored &&
      stored.state === ambient.state &&
      stored.reason === ambient.reason &&
      stored.insightCount === ambient.insightCount
    ) {
      return;
    }
    await this.broadcaster.publish('ambient', ambient, REDIS_KEYS.ambient);
    this.log.info({ state: ambient.state, why: ambient.reason, trigger }, 'Ambient state changed');
  }
}
