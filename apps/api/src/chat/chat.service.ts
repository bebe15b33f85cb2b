import { Injectable, Logger } from '@nestjs/common';
import { NOT_CONFIGURED_MESSAGE, runAgentTurn, type TurnRecord } from '@seraph/agent';
import type { ChatErrorCode, ChatServerEvents } from '@seraph/contracts';
import { z } from 'zod';
import { ChatStore, type NewMessage } from '../sessions/chat-store';
import { NEW_SESSION_TITLE } from '../sessions/sessions.controller';
import { titleFromMessage } from '../sessions/sessions.schemas';
import { AgentRuntime } from './agent-runtime';
import { ChatContextBuilder } from './chat-context';
import { ChatTools } from './chat-tools';

export const CHAT_TEXT_MAX_CHARS = 8000;

const sendSchema = z.strictObject({
  sessionId: z.guid({ error: 'must be a uuid' }).optional(),
  text: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(CHAT_TEXT_MAX_CHARS, { error: `must be at most ${CHAT_TEXT_MAX_CHARS} characters` }),
});

/** Emits one chat event to the socket that asked. */
export type ChatEmit = <E extends keyof ChatServerEvents>(
  event: E,
  payload: Parameters<ChatServerEvents[E]>[0],
) => void;

/** One chat turn from a `chat:send` to its `chat:final` or `chat:error`, everything stored. */
@Injectable()
export class ChatService {
  private readonly logger = new Logger(ChatService.name);
  private readonly busy = new Set<string>();

  constructor(
    private readonly store: ChatStore,
    private readonly runtime: AgentRuntime,
    private readonly context: ChatContextBuilder,
    private readonly tools: ChatTools,
  ) {}

  async send(payload: unknown, emit: ChatEmit): Promise<void> {
    const parsed = sendSchema.safeParse(payload);
    const fail = (sessionId: string | null, code: ChatErrorCode, message: string) =>
      emit('chat:error', { sessionId, code, message });
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (i) => `${i.path.join('.') || 'payload'} ${i.message}`,
      );
      return fail(null, 'invalid_request', `The message is invalid: ${problems.join('; ')}`);
    }
    const { text } = parsed.data;
    const sessionId = await this.sessionFor(parsed.data.sessionId, text);
    if (!sessionId) {
      return fail(
        parsed.data.sessionId ?? null,
        'session_not_found',
        'No chat session has this id',
      );
    }
    if (this.busy.has(sessionId)) {
      return fail(
        sessionId,
        'busy',
        'Seraph is still answering the previous message of this session',
      );
    }
    this.busy.add(sessionId);
    try {
      const [user] = await this.store.append(sessionId, [{ role: 'user', content: text }]);
      emit('chat:started', { sessionId, messageId: user.id });
      await this.turn(sessionId, emit);
    } catch (error) {
      this.logger.error({ sessionId, err: error }, 'A chat turn failed');
      fail(sessionId, 'internal', 'Something went wrong on the server; please try again');
    } finally {
      this.busy.delete(sessionId);
    }
  }

  private async turn(sessionId: string, emit: ChatEmit): Promise<void> {
    const { llm, config } = this.runtime;
    const usage = { inputTokens: 0, outputTokens: 0 };
    if (!llm) {
      const [reply] = await this.store.append(sessionId, [
        { role: 'assistant', content: NOT_CONFIGURED_MESSAGE, inputTokens: 0, outputTokens: 0 },
      ]);
      emit('chat:delta', { sessionId, text: NOT_CONFIGURED_MESSAGE });
      emit('chat:final', {
        sessionId,
        messageId: reply.id,
        text: NOT_CONFIGURED_MESSAGE,
        usage,
        timedOut: false,
      });
      return;
    }
    const tools = this.tools.registry(config.agent);
    const started = Date.now();
    const deadline = AbortSignal.timeout(config.agent.timeouts.chatTurnMs);
    const context = await this.context.build(llm, sessionId, tools.schemas(), deadline);
    const result = await runAgentTurn({
      llm,
      tools,
      messages: context.messages,
      sessionId,
      timeoutMs: Math.max(1, config.agent.timeouts.chatTurnMs - (Date.now() - started)),
      onStep: (step) => emit('chat:step', { sessionId, ...step }),
      onDelta: (delta) => emit('chat:delta', { sessionId, text: delta }),
    });
    const rows = result.records.map((record, index): NewMessage => {
      const last = index === result.records.length - 1 && !result.failure;
      return {
        ...toRow(record),
        ...(last ? { ...result.usage, timedOut: result.timedOut } : {}),
      };
    });
    const saved = rows.length ? await this.store.append(sessionId, rows) : [];
    if (result.timedOut) {
      this.logger.warn(
        {
          event: 'chat_turn_timeout',
          sessionId,
          timeoutMs: config.agent.timeouts.chatTurnMs,
          elapsedMs: Date.now() - started,
          ...result.usage,
        },
        'A chat turn ran out of time; answered with the fallback message',
      );
    }
    if (result.failure) {
      emit('chat:error', { sessionId, code: result.failure.code, message: result.failure.message });
      return;
    }
    const final = saved[saved.length - 1];
    emit('chat:final', {
      sessionId,
      messageId: final.id,
      text: result.text,
      usage: result.usage,
      timedOut: result.timedOut,
    });
  }

  /** The session to write to: the given one (null when unknown) or a new one named by `text`. */
  private async sessionFor(id: string | undefined, text: string): Promise<string | null> {
    if (!id) return (await this.store.createSession(titleFromMessage(text))).id;
    const session = await this.store.findSession(id);
    if (!session) return null;
    if (session.title === NEW_SESSION_TITLE && !(await this.store.hasMessages(id))) {
      await this.store.renameSession(id, titleFromMessage(text));
    }
    return id;
  }
}

function toRow(record: TurnRecord): NewMessage {
  if (record.role === 'tool') {
    return {
      role: 'tool',
      content: record.content,
      toolCallId: record.toolCallId,
      toolName: record.toolName,
    };
  }
  return {
    role: 'assistant',
    content: record.content,
    toolCalls: record.toolCalls?.length ? record.toolCalls : null,
  };
}
