import type { StrategistOutcome, StrategistRun } from '@seraph/contracts';
import { StrategistRunEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';

/** Manual ticks are enqueued with this job id prefix (see manualTickJobId). */
export const MANUAL_TICK_PREFIX = 'manual-';

export function toStrategistRun(row: StrategistRunEntity): StrategistRun {
  return {
    jobId: row.jobId,
    manual: row.jobId.startsWith(MANUAL_TICK_PREFIX),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
    outcome: row.outcome as StrategistOutcome | null,
    reason: row.reason,
    modelCalled: row.modelCalled,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    insightId: row.insightId,
  };
}

/** The newest `limit` ticks, newest first. */
export async function recentRuns(dataSource: DataSource, limit: number): Promise<StrategistRun[]> {
  const rows = await dataSource
    .getRepository(StrategistRunEntity)
    .find({ order: { startedAt: 'DESC' }, take: limit });
  return rows.map(toStrategistRun);
}
