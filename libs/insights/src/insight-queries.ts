import type { Insight, InsightStatus } from '@seraph/contracts';
import {
  ChatMessageEntity,
  InsightEntity,
  SETTINGS_ROW_ID,
  SettingsEntity,
} from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { toInsight } from './insight-view';

/** How many insights wait in the queue. */
export function queuedCount(dataSource: DataSource): Promise<number> {
  return dataSource.getRepository(InsightEntity).countBy({ status: 'queued' });
}

/** Insights newest first, optionally of one status; at most `limit`. */
export async function listInsights(
  dataSource: DataSource,
  status?: InsightStatus,
  limit = 100,
): Promise<Insight[]> {
  const rows = await dataSource.getRepository(InsightEntity).find({
    where: status ? { status } : {},
    order: { createdAt: 'DESC' },
    take: limit,
  });
  return rows.map(toInsight);
}

/** The newest message of the Seraph session (who spoke last, and when), if there is one. */
export async function seraphSessionTail(
  dataSource: DataSource,
): Promise<{ role: ChatMessageEntity['role']; createdAt: Date } | null> {
  const settings = await dataSource
    .getRepository(SettingsEntity)
    .findOneBy({ id: SETTINGS_ROW_ID });
  if (!settings?.seraphSessionId) return null;
  const last = await dataSource.getRepository(ChatMessageEntity).findOne({
    where: { sessionId: settings.seraphSessionId },
    order: { seq: 'DESC' },
    select: { role: true, createdAt: true },
  });
  return last ? { role: last.role, createdAt: last.createdAt } : null;
}
