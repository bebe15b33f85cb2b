import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A chat session (PRODUCT §4). Mirrors migration CreateChat1764200000000 exactly. */
@Entity({ name: 'chat_sessions' })
@Check('CHK_chat_sessions_title_length', `char_length(btrim("title")) BETWEEN 1 AND 200`)
export class ChatSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_chat_sessions' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Index('IDX_chat_sessions_updated_at')
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
