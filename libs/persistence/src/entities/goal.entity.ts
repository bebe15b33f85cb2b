import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

// Plain string unions rather than @seraph/contracts types: persistence depends on no other lib, and
// the CHECK constraints below hold the same vocabulary. The api maps rows to its contracts.
export type GoalRowLevel = 'life_vision' | 'annual' | 'quarterly' | 'monthly' | 'weekly' | 'daily';
export type GoalRowDomain = 'productivity' | 'performance' | 'health' | 'influence' | 'growth';
export type GoalRowStatus = 'active' | 'completed' | 'paused' | 'abandoned';

/**
 * A goal ("quest"). Mirrors migration CreateGoals1764100000000 exactly (the migrations drift guard
 * compares them): constraint and index names included. Derived fields are never stored.
 */
@Entity({ name: 'goals' })
@Check('CHK_goals_title_length', `char_length(btrim("title")) BETWEEN 1 AND 200`)
@Check('CHK_goals_notes_length', `char_length("notes") <= 5000`)
@Check(
  'CHK_goals_level',
  `"level" IN ('life_vision', 'annual', 'quarterly', 'monthly', 'weekly', 'daily')`,
)
@Check(
  'CHK_goals_domain',
  `"domain" IN ('productivity', 'performance', 'health', 'influence', 'growth')`,
)
@Check('CHK_goals_status', `"status" IN ('active', 'completed', 'paused', 'abandoned')`)
@Check('CHK_goals_progress', `"progress" BETWEEN 0 AND 100`)
@Check('CHK_goals_not_own_parent', `"parent_id" <> "id"`)
@Check('CHK_goals_completed_at', `("status" = 'completed') = ("completed_at" IS NOT NULL)`)
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_goals' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Index('IDX_goals_level')
  @Column({ type: 'text', default: 'daily' })
  level!: GoalRowLevel;

  @Index('IDX_goals_domain')
  @Column({ type: 'text', default: 'productivity' })
  domain!: GoalRowDomain;

  @Index('IDX_goals_status')
  @Column({ type: 'text', default: 'active' })
  status!: GoalRowStatus;

  @Index('IDX_goals_parent_id')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_goals_parent' })
  parent?: GoalEntity | null;

  /** Calendar date `YYYY-MM-DD`. */
  @Index('IDX_goals_due_date')
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  /** The goal's own progress, 0–100; what it shows is rolled up from its children by the api. */
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** Set while the goal is completed, null otherwise (a CHECK keeps the two in step). */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
