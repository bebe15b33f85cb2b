import {
  JoinColumn,
  ManyToOne,
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { InsightEntity } from './insight.entity';

/**
 * One strategist tick: which job ran it, what it decided and what it cost. Mirrors migration
 * CreateAttention1764300000000. The fingerprint of the last run that called the model tells the
 * next tick whether anything changed since ("idle costs nothing").
 */
@Entity({ name: 'strategist_runs' })
@Unique('UQ_strategist_runs_job_id', ['jobId'])
@Index('IDX_strategist_runs_model_started', ['modelCalled', 'startedAt'])
export class StrategistRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_strategist_runs' })
  id!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome!: string | null;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @Column({ type: 'text', nullable: true })
  fingerprint!: string | null;

  @Column({ name: 'model_called', type: 'boolean', default: false })
  modelCalled!: boolean;

  @Column({ name: 'input_tokens', type: 'integer', default: 0 })
  inputTokens!: number;

  @Column({ name: 'output_tokens', type: 'integer', default: 0 })
  outputTokens!: number;

  @ManyToOne(() => InsightEntity, { onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'insight_id', foreignKeyConstraintName: 'FK_strategist_runs_insight' })
  insight?: InsightEntity | null;

  /** FK_strategist_runs_insight, set null on delete. */
  @Column({ name: 'insight_id', type: 'uuid', nullable: true })
  insightId!: string | null;
}
