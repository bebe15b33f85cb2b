import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChatMessage, ChatMessagePage, ChatSession } from '@seraph/contracts';
import { ChatMessageEntity, ChatSessionEntity, ChatSummaryEntity } from '@seraph/persistence';
import { type DataSource, type EntityManager, LessThan } from 'typeorm';
import { MESSAGES_PAGE_DEFAULT } from './sessions.schemas';

export type NewMessage = Pick<ChatMessageEntity, 'role' | 'content'> &
  Partial<
    Pick<
      ChatMessageEntity,
      'toolCalls' | 'toolCallId' | 'toolName' | 'inputTokens' | 'outputTokens' | 'timedOut'
    >
  >;

/** Chat sessions, messages and summaries in PostgreSQL. */
@Injectable()
export class ChatStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get sessions() {
    return this.dataSource.getRepository(ChatSessionEntity);
  }

  private get messages() {
    return this.dataSource.getRepository(ChatMessageEntity);
  }

  async listSessions(): Promise<ChatSession[]> {
    const rows = await this.sessions.find({ order: { updatedAt: 'DESC', id: 'ASC' } });
    return rows.map(toSession);
  }

  async findSession(id: string): Promise<ChatSessionEntity | null> {
    return this.sessions.findOneBy({ id });
  }

  async createSession(title: string): Promise<ChatSession> {
    return toSession(await this.sessions.save(this.sessions.create({ title })));
  }

  async renameSession(id: string, title: string): Promise<ChatSession | null> {
    const result = await this.sessions.update({ id }, { title, updatedAt: () => 'now()' });
    if (!result.affected) return null;
    return toSession((await this.findSession(id)) as ChatSessionEntity);
  }

  async deleteSession(id: string): Promise<boolean> {
    return Boolean((await this.sessions.delete({ id })).affected);
  }

  /** Newest first, `limit` per page, older than message `before`; null when `before` is unknown. */
  async page(
    sessionId: string,
    before: string | undefined,
    limit?: number,
  ): Promise<ChatMessagePage | null> {
    const take = limit ?? MESSAGES_PAGE_DEFAULT;
    let beforeSeq: number | undefined;
    if (before) {
      const anchor = await this.messages.findOneBy({ id: before, sessionId });
      if (!anchor) return null;
      beforeSeq = anchor.seq;
    }
    const rows = await this.messages.find({
      where: { sessionId, ...(beforeSeq !== undefined ? { seq: LessThan(beforeSeq) } : {}) },
      order: { seq: 'DESC' },
      take: take + 1,
    });
    const items = rows.slice(0, take).map(toMessage);
    return { items, nextBefore: rows.length > take ? (items.at(-1)?.id ?? null) : null };
  }

  async hasMessages(sessionId: string): Promise<boolean> {
    return this.messages.existsBy({ sessionId });
  }

  /** Every message of a session, oldest first. */
  async history(sessionId: string): Promise<ChatMessageEntity[]> {
    return this.messages.find({ where: { sessionId }, order: { seq: 'ASC' } });
  }

  /** Appends messages in order (one transaction) and marks the session active. */
  async append(sessionId: string, messages: NewMessage[]): Promise<ChatMessageEntity[]> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const saved: ChatMessageEntity[] = [];
      for (const message of messages) {
        const row = manager.create(ChatMessageEntity, { ...message, sessionId });
        saved.push(await manager.save(row));
      }
      await manager.update(ChatSessionEntity, { id: sessionId }, { updatedAt: () => 'now()' });
      return saved;
    });
  }

  async cacheTokenCounts(
    rows: { id: string; tokenCount: number }[],
    encoding: string,
  ): Promise<void> {
    for (const row of rows) {
      await this.messages.update(
        { id: row.id },
        { tokenCount: row.tokenCount, tokenEncoding: encoding },
      );
    }
  }

  async latestSummary(sessionId: string): Promise<ChatSummaryEntity | null> {
    return this.dataSource
      .getRepository(ChatSummaryEntity)
      .findOne({ where: { sessionId }, order: { toSeq: 'DESC', createdAt: 'DESC' } });
  }

  async saveSummary(
    summary: Pick<ChatSummaryEntity, 'sessionId' | 'fromSeq' | 'toSeq' | 'text' | 'model'>,
  ) {
    await this.dataSource
      .getRepository(ChatSummaryEntity)
      .upsert(summary, { conflictPaths: ['sessionId', 'fromSeq', 'toSeq'] });
  }
}

export function toSession(row: ChatSessionEntity): ChatSession {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toMessage(row: ChatMessageEntity): ChatMessage {
  return {
    id: row.id,
    sessionId: row.sessionId,
    role: row.role,
    text: row.content,
    ...(row.toolCalls?.length ? { toolCalls: row.toolCalls } : {}),
    ...(row.toolCallId ? { toolCallId: row.toolCallId } : {}),
    ...(row.toolName ? { toolName: row.toolName } : {}),
    ...(row.inputTokens !== null && row.outputTokens !== null
      ? { usage: { inputTokens: row.inputTokens, outputTokens: row.outputTokens } }
      : {}),
    ...(row.timedOut ? { timedOut: true } : {}),
    createdAt: row.createdAt.toISOString(),
  };
}
