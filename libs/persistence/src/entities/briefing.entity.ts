import {
  JoinColumn,
  ManyToOne,
  Check,
  Column,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { ChatMessageEntity } from './chat-message.entity';

export type BriefingRowKind = 'daily' | 'evening';

/**
 * A delivered briefing. Mirrors migration CreateAttention1764300000000; one per kind and local
 * day, so a duplicated or retried briefing job never sends a second one.
 */
@Entity({ name: 'briefings' })
@Unique('UQ_briefings_kind_date', ['kind', 'localDate'])
@Check('CHK_briefings_kind', `"kind" IN ('daily', 'evening')`)
export class BriefingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_briefings' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: BriefingRowKind;

  /** `YYYY-MM-DD` in the user's time zone. */
  @Column({ name: 'local_date', type: 'date' })
  localDate!: string;

  @ManyToOne(() => ChatMessageEntity, { onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'message_id', foreignKeyConstraintName: 'FK_briefings_message' })
  message?: ChatMessageEntity | null;

  /** FK_briefings_message, set null on delete. */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ name: 'insight_count', type: 'integer', default: 0 })
  insightCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
