import type { StrategistOutcome } from '@seraph/contracts';
import { StrategistRunEntity } from '@seraph/persistence';
import { LessThan, type DataSource } from 'typeorm';

/** Ticks are kept this long (about 2,900 rows at the default 15 minutes). */
export const RUN_RETENTION_DAYS = 30;

/** How a tick ended; stored in `strategist_runs.outcome` and returned as the job's result. */
export type TickOutcome = StrategistOutcome;

export interface TickResult {
  outcome: TickOutcome;
  reason: string;
  modelCalled: boolean;
  inputTokens: number;
  outputTokens: number;
  insightId: string | null;
}

/** The bookkeeping of strategist ticks, one row per job id. */
export class StrategistRuns {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(StrategistRunEntity);
  }

  /**
   * The run row of `jobId`, created on first sight. A row that already finished means this job
   * ran to the end before (a duplicate delivery of the same job): its result stands.
   */
  async begin(jobId: string, now: Date): Promise<StrategistRunEntity> {
    await this.repository
      .createQueryBuilder()
      .insert()
      .values({ jobId, startedAt: now })
      .orIgnore()
      .execute();
    return this.repository.findOneByOrFail({ jobId });
  }

  /** The context fingerprint of the newest run that asked the model. */
  async lastModelFingerprint(): Promise<string | null> {
    const last = await this.repository.findOne({
      where: { modelCalled: true },
      order: { startedAt: 'DESC' },
      select: { fingerprint: true },
    });
    return last?.fingerprint ?? null;
  }

  /** Records right away that the model was asked, so a crash later still counts the call. */
  async markModelCalled(
    id: string,
    fingerprint: string,
    usage: { inputTokens: number; outputTokens: number },
  ): Promise<void> {
    await this.repository.update(id, {
      modelCalled: true,
      fingerprint,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
    });
  }

  async finish(id: string, result: TickResult, fingerprint: string, now: Date): Promise<void> {
    await this.repository.update(id, {
      outcome: result.outcome,
      reason: result.reason,
      fingerprint,
      finishedAt: now,
      insightId: result.insightId,
    });
  }

  /** Forgets ticks older than {@link RUN_RETENTION_DAYS}; returns how many. */
  async prune(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - RUN_RETENTION_DAYS * 86_400_000);
    const result = await this.repository.delete({ startedAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  static resultOf(row: StrategistRunEntity): TickResult {
    return {
      outcome: (row.outcome ?? 'duplicate') as TickOutcome,
      reason: row.reason,
      modelCalled: row.modelCalled,
      inputTokens: row.inputTokens,
      outputTokens: row.outputTokens,
      insightId: row.insightId,
    };
  }
}
