import type { Insight, InsightUrgency, ProactivePayload } from '@seraph/contracts';
import type { InsightEntity } from '@seraph/persistence';

/** A stored insight as the REST contract shows it. */
export function toInsight(row: InsightEntity): Insight {
  return {
    id: row.id,
    text: row.text,
    urgency: row.urgency as InsightUrgency,
    type: row.type,
    goalIds: [...row.goalIds],
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt ? row.deliveredAt.toISOString() : null,
  };
}

/** The `proactive` event announcing a delivered insight. */
export function toProactive(row: InsightEntity, sessionId: string, at: Date): ProactivePayload {
  return {
    id: row.id,
    sessionId,
    text: row.text,
    urgency: row.urgency as InsightUrgency,
    type: row.type,
    goalIds: [...row.goalIds],
    at: at.toISOString(),
  };
}
