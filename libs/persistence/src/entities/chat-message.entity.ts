import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ChatSessionEntity } from './chat-session.entity';

export type ChatRowRole = 'user' | 'assistant' | 'tool';

/** A tool call as stored on an assistant message. */
export interface ChatRowToolCall {
  id: string;
  name: string;
  arguments: string;
}

/**
 * One message of a chat session, ordered by `seq` (an identity column: insertion order, also
 * within one transaction). `tokenCount` caches the message's tiktoken count for `tokenEncoding`.
 */
@Entity({ name: 'chat_messages' })
@Check('CHK_chat_messages_role', `"role" IN ('user', 'assistant', 'tool')`)
@Index('IDX_chat_messages_session_seq', ['sessionId', 'seq'])
export class ChatMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_chat_messages' })
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ChatSessionEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_chat_messages_session' })
  session?: ChatSessionEntity;

  @Column({ type: 'integer', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: number;

  @Column({ type: 'text' })
  role!: ChatRowRole;

  @Column({ type: 'text', default: '' })
  content!: string;

  @Column({ name: 'tool_calls', type: 'jsonb', nullable: true })
  toolCalls!: ChatRowToolCall[] | null;

  @Column({ name: 'tool_call_id', type: 'text', nullable: true })
  toolCallId!: string | null;

  @Column({ name: 'tool_name', type: 'text', nullable: true })
  toolName!: string | null;

  @Column({ name: 'input_tokens', type: 'integer', nullable: true })
  inputTokens!: number | null;

  @Column({ name: 'output_tokens', type: 'integer', nullable: true })
  outputTokens!: number | null;

  @Column({ name: 'timed_out', type: 'boolean', default: false })
  timedOut!: boolean;

  @Column({ name: 'token_count', type: 'integer', nullable: true })
  tokenCount!: number | null;

  @Column({ name: 'token_encoding', type: 'text', nullable: true })
  tokenEncoding!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
