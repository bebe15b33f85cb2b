import {
  decideDelivery,
  insightFingerprint,
  isWithinActiveHours,
  REPEAT_WINDOW_HOURS,
  type GateDecision,
} from '@seraph/attention';
import type { InsightType, InsightUrgency, UserState } from '@seraph/contracts';
import { InsightEntity } from '@seraph/persistence';
import { MoreThan, type DataSource } from 'typeorm';
import { budgetToday, spendOne } from './budget';
import { toProactive } from './insight-view';
import { lockSettings, postSeraphMessage } from './seraph-session';
import type { ProactivePayload } from '@seraph/contracts';

/** An insight the strategist (or anyone) wants to bring to the user. */
export interface InsightCandidate {
  text: string;
  urgency: InsightUrgency;
  type: InsightType;
  goalIds: string[];
  /**
   * Who made it and for which period (e.g. `tick:<job id>`): a second offer with the same key
   * changes nothing, so a retried or duplicated job never sends twice.
   */
  originKey: string;
}

export type OfferOutcome = 'delivered' | 'queued' | 'duplicate' | 'repeat';

export interface OfferResult {
  outcome: OfferOutcome;
  /** The stored insight (for `repeat`, the earlier one it repeats). */
  insight: InsightEntity | null;
  /** Why it was delivered or queued (absent for duplicates and repeats). */
  decision?: GateDecision;
  /** The event to publish after the transaction (only when delivered now). */
  proactive?: ProactivePayload;
  /** Interruptions left today after this offer. */
  budgetRemaining: number;
}

/**
 * Passes a candidate through the delivery gate in one transaction: a known origin key is a
 * duplicate; the same kind of insight about the same goals within 24 h is a repeat (not stored);
 * otherwise it is delivered into the Seraph session (spending budget as the gate says) or queued.
 */
export async function offerInsight(
  dataSource: DataSource,
  candidate: InsightCandidate,
  context: { now: Date; userState: UserState },
): Promise<OfferResult> {
  const { now, userState } = context;
  return dataSource.transaction(async (manager) => {
    const settings = await lockSettings(manager);
    const budget = budgetToday(settings, now);
    const insights = manager.getRepository(InsightEntity);

    const existing = await insights.findOneBy({ originKey: candidate.originKey });
    if (existing)
      return { outcome: 'duplicate', insight: existing, budgetRemaining: budget.remaining };

    const fingerprint = insightFingerprint(candidate);
    const since = new Date(now.getTime() - REPEAT_WINDOW_HOURS * 3_600_000);
    const earlier = await insights.findOne({
      where: { fingerprint, createdAt: MoreThan(since) },
      order: { createdAt: 'DESC' },
    });
    if (earlier) return { outcome: 'repeat', insight: earlier, budgetRemaining: budget.remaining };

    const decision = decideDelivery({
      urgency: candidate.urgency,
      type: candidate.type,
      scheduled: false,
      userState,
      mode: settings.interruptionMode,
      budgetRemaining: budget.remaining,
      withinActiveHours: isWithinActiveHours(
        now,
        settings.timezone,
        settings.activeHoursStart,
        settings.activeHoursEnd,
      ),
    });
    const row = insights.create({
      text: candidate.text.trim(),
      urgency: candidate.urgency,
      type: candidate.type,
      goalIds: [...new Set(candidate.goalIds)],
      fingerprint,
      originKey: candidate.originKey,
      status: 'queued',
      createdAt: now,
      deliveredAt: null,
      messageId: null,
    });
    if (decision.action === 'queue') {
      const queued = await insights.save(row);
      return { outcome: 'queued', insight: queued, decision, budgetRemaining: budget.remaining };
    }
    const message = await postSeraphMessage(manager, settings, row.text, now);
    row.status = 'delivered';
    row.deliveredAt = now;
    row.messageId = message.id;
    const delivered = await insights.save(row);
    const remaining = decision.spendsBudget
      ? await spendOne(manager, settings, now)
      : budget.remaining;
    return {
      outcome: 'delivered',
      insight: delivered,
      decision,
      proactive: toProactive(delivered, message.sessionId, now),
      budgetRemaining: remaining,
    };
  });
}
