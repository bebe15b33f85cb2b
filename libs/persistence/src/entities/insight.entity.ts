import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ChatMessageEntity } from './chat-message.entity';

export type InsightRowType = 'advisory' | 'nudge' | 'alert';
export type InsightRowStatus = 'queued' | 'delivered';

/**
 * Something the strategist noticed. Mirrors migration CreateAttention1764300000000. `fingerprint`
 * (kind + goals) drives the "not again within 24 h" rule; `originKey` (the job and period that made
 * it) is unique, so a retried or duplicated job finds its insight instead of making a second one.
 */
@Entity({ name: 'insights' })
@Unique('UQ_insights_origin_key', ['originKey'])
@Check('CHK_insights_text_length', `char_length(btrim("text")) BETWEEN 1 AND 2000`)
@Check('CHK_insights_urgency', `"urgency" BETWEEN 1 AND 5`)
@Check('CHK_insights_type', `"type" IN ('advisory', 'nudge', 'alert')`)
@Check('CHK_insights_status', `"status" IN ('queued', 'delivered')`)
@Check('CHK_insights_delivered_at', `("status" = 'delivered') = ("delivered_at" IS NOT NULL)`)
@Index('IDX_insights_status_created', ['status', 'createdAt'])
@Index('IDX_insights_fingerprint_created', ['fingerprint', 'createdAt'])
export class InsightEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_insights' })
  id!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'smallint' })
  urgency!: number;

  @Column({ type: 'varchar', length: 16 })
  type!: InsightRowType;

  @Column({ name: 'goal_ids', type: 'uuid', array: true, default: () => "'{}'" })
  goalIds!: string[];

  @Column({ type: 'text' })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: InsightRowStatus;

  @Column({ name: 'origin_key', type: 'text', nullable: true })
  originKey!: string | null;

  @ManyToOne(() => ChatMessageEntity, { onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'FK_insights_message' })
  message?: ChatMessageEntity | null;

  /** The assistant message that delivered it (FK_insights_message, set null on delete). */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
