import { Injectable, Logger } from '@nestjs/common';
import {
  buildSystemPrompt,
  fitContextWindow,
  historyBudget,
  summariseConversation,
  TokenCounter,
  type HistoryMessage,
  type LlmClient,
  type LlmMessage,
  type LlmTool,
} from '@seraph/agent';
import type { ChatMessageEntity } from '@seraph/persistence';
import { Clock } from '../clock/clock';
import { listGoalsQuerySchema } from '../goals/goal.schemas';
import { GoalsService } from '../goals/goals.service';
import { ChatStore } from '../sessions/chat-store';
import { SettingsService } from '../settings/settings.service';

export interface BuiltContext {
  messages: LlmMessage[];
  historyTokens: number;
  budget: number;
}

/**
 * What the model is sent for a turn: Seraph's system prompt (persona, local date and time,
 * settings, active goals), then the session's history fitted to the context window.
 */
@Injectable()
export class ChatContextBuilder {
  private readonly logger = new Logger(ChatContextBuilder.name);

  constructor(
    private readonly store: ChatStore,
    private readonly goals: GoalsService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async build(
    llm: LlmClient,
    sessionId: string,
    tools: LlmTool[],
    signal?: AbortSignal,
  ): Promise<BuiltContext> {
    const [settings, active] = await Promise.all([
      this.settings.get(),
      this.goals.list(listGoalsQuerySchema.parse({ status: 'active', sort: 'due' })),
    ]);
    const system = buildSystemPrompt({
      now: this.clock.now(),
      timezone: settings.timezone,
      interruptionMode: settings.interruptionMode,
      activeGoals: active.map((goal) => ({
        ...goal,
        flags: (['overdue', 'behind', 'stalled'] as const).filter((flag) => goal[flag]),
      })),
    });
    const counter = new TokenCounter(llm.config.model);
    const budget = historyBudget(
      llm.config.contextTokens,
      counter.message(system),
      tools.length ? counter.json(tools) : 0,
    );
    const history = await this.history(sessionId, counter);
    const latest = await this.store.latestSummary(sessionId);
    const fit = await fitContextWindow({
      strategy: settings.contextWindowStrategy,
      history,
      budget,
      latestSummary: latest,
      countText: (text) => counter.text(text),
      summarise: (previous, evicted) =>
        summariseConversation(llm, previous, evicted, { sessionId, signal }),
      onSummaryError: (error) =>
        this.logger.warn(
          { sessionId, err: error instanceof Error ? error.message : String(error) },
          'Could not summarise the conversation; sending the recent messages that fit',
        ),
    });
    if (fit.newSummary) {
      await this.store.saveSummary({
        sessionId,
        model: llm.config.summaryModel,
        ...fit.newSummary,
      });
    }
    return {
      messages: [{ role: 'system', content: system }, ...fit.messages],
      historyTokens: fit.tokens,
      budget,
    };
  }

  /** The session's messages with token counts, counting (and caching) those not yet counted. */
  private async history(sessionId: string, counter: TokenCounter): Promise<HistoryMessage[]> {
    const rows = await this.store.history(sessionId);
    const counted: { id: string; tokenCount: number }[] = [];
    const history = rows.map((row: ChatMessageEntity) => {
      let tokens = row.tokenEncoding === counter.encoding ? row.tokenCount : null;
      if (tokens === null) {
        tokens = counter.message(row.content, row.toolCalls ?? undefined);
        counted.push({ id: row.id, tokenCount: tokens });
      }
      return {
        seq: row.seq,
        role: row.role,
        content: row.content,
        toolCalls: row.toolCalls ?? undefined,
        toolCallId: row.toolCallId ?? undefined,
        toolName: row.toolName ?? undefined,
        tokens,
      };
    });
    if (counted.length) await this.store.cacheTokenCounts(counted, counter.encoding);
    return history;
  }
}
