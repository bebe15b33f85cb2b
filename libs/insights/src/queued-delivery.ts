import type { ProactivePayload } from '@seraph/contracts';
import { InsightEntity } from '@seraph/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { toProactive } from './insight-view';
import { lockSettings, postSeraphMessage } from './seraph-session';
import type { SettingsEntity } from '@seraph/persistence';

/** Why queued insights are being delivered now (PRODUCT §2: free of budget). */
export type BundleReason = 'transitioning' | 'requested' | 'briefing';

const HEADINGS: Record<Exclude<BundleReason, 'briefing'>, string> = {
  transitioning: 'Now that you are between things, here is what I held back:',
  requested: 'Here is what I was holding for you:',
};

export interface BundleResult {
  insights: InsightEntity[];
  /** The assistant message carrying them; null when nothing was queued. */
  messageId: string | null;
  /** One event per insight, to publish after the transaction. */
  proactive: ProactivePayload[];
}

/** The queued insights, oldest first, locked; rows another delivery holds are skipped. */
export function lockQueued(manager: EntityManager): Promise<InsightEntity[]> {
  return manager
    .getRepository(InsightEntity)
    .createQueryBuilder('insight')
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .where('insight.status = :status', { status: 'queued' })
    .orderBy('insight.created_at', 'ASC')
    .getMany();
}

/** The insights as a bulleted list, most urgent first. */
export function bulletList(insights: readonly InsightEntity[]): string {
  return [...insights]
    .sort((a, b) => b.urgency - a.urgency || a.createdAt.getTime() - b.createdAt.getTime())
    .map((insight) => `• ${insight.text}`)
    .join('\n');
}

/** Marks locked queued insights delivered by `messageId`. */
export async function markDelivered(
  manager: EntityManager,
  insights: InsightEntity[],
  messageId: string,
  now: Date,
): Promise<void> {
  for (const insight of insights) {
    insight.status = 'delivered';
    insight.deliveredAt = now;
    insight.messageId = messageId;
  }
  await manager.getRepository(InsightEntity).save(insights);
}

/**
 * Delivers every queued insight now, together in one message, without spending budget: at the
 * next `transitioning` state or when the user asks (clicks the avatar).
 */
export async function deliverQueued(
  dataSource: DataSource,
  reason: Exclude<BundleReason, 'briefing'>,
  now: Date,
): Promise<BundleResult> {
  return dataSource.transaction(async (manager) => {
    const settings: SettingsEntity = await lockSettings(manager);
    const queued = await lockQueued(manager);
    if (queued.length === 0) return { insights: [], messageId: null, proactive: [] };
    const text =
      queued.length === 1 ? queued[0]!.text : `${HEADINGS[reason]}\n${bulletList(queued)}`;
    const message = await postSeraphMessage(manager, settings, text, now);
    await markDelivered(manager, queued, message.id, now);
    return {
      insights: queued,
      messageId: message.id,
      proactive: queued.map((insight) => toProactive(insight, message.sessionId, now)),
    };
  });
}
