import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChatSessionEntity } from './chat-session.entity';

/**
 * A "conversation so far" summary of messages `fromSeq`..`toSeq` (inclusive) of a session. Rolling:
 * a later summary extends the latest one with the newly evicted messages only.
 */
@Entity({ name: 'chat_summaries' })
@Index('UQ_chat_summaries_range', ['sessionId', 'fromSeq', 'toSeq'], { unique: true })
export class ChatSummaryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_chat_summaries' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ChatSessionEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_chat_summaries_session' })
  session?: ChatSessionEntity;

  @Column({ name: 'from_seq', type: 'integer' })
  fromSeq!: number;

  @Column({ name: 'to_seq', type: 'integer' })
  toSeq!: number;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
