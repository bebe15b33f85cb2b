import type { ProactivePayload } from '@seraph/contracts';
import { BriefingEntity, type BriefingRowKind, type InsightEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { bulletList, lockQueued, markDelivered } from './queued-delivery';
import { lockSettings, postSeraphMessage } from './seraph-session';

export interface BriefingInput {
  kind: BriefingRowKind;
  /** The user's local date it is for (`YYYY-MM-DD`): one briefing per kind and day. */
  localDate: string;
  /** The briefing itself (from the model or the template), without the queued insights. */
  body: string;
  now: Date;
}

export interface BriefingResult {
  /** False when this kind of briefing was already delivered for the day (a duplicate run). */
  created: boolean;
  briefingId: string | null;
  messageId: string | null;
  insights: InsightEntity[];
  /** The event to publish after the transaction (one, for the whole briefing). */
  proactive: ProactivePayload | null;
}

const QUEUED_HEADING = 'Also waiting for you:';

/**
 * Writes a scheduled briefing into the Seraph session, carrying every queued insight with it
 * (always delivered, budget-free). Exactly once per kind and local date.
 */
export async function deliverBriefing(
  dataSource: DataSource,
  input: BriefingInput,
): Promise<BriefingResult> {
  return dataSource.transaction(async (manager) => {
    const settings = await lockSettings(manager);
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(BriefingEntity)
      .values({ kind: input.kind, localDate: input.localDate, createdAt: input.now })
      .orIgnore()
      .returning(['id'])
      .execute();
    const briefingId = (inserted.raw as { id: string }[])[0]?.id;
    if (!briefingId) {
      return { created: false, briefingId: null, messageId: null, insights: [], proactive: null };
    }
    const queued = await lockQueued(manager);
    const text = queued.length
      ? `${input.body.trim()}\n\n${QUEUED_HEADING}\n${bulletList(queued)}`
      : input.body.trim();
    const message = await postSeraphMessage(manager, settings, text, input.now);
    await markDelivered(manager, queued, message.id, input.now);
    await manager
      .getRepository(BriefingEntity)
      .update({ id: briefingId }, { messageId: message.id, insightCount: queued.length });
    return {
      created: true,
      briefingId,
      messageId: message.id,
      insights: queued,
      proactive: {
        id: briefingId,
        sessionId: message.sessionId,
        text,
        urgency: 2,
        type: 'advisory',
        goalIds: [],
        at: input.now.toISOString(),
      },
    };
  });
}
