import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { defaultContextTokens, LlmCallLog, LlmClient } from '@seraph/agent';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/** The LLM client (null while no model is configured) and the LLM call log, one per api. */
@Injectable()
export class AgentRuntime implements OnModuleDestroy {
  private readonly logger = new Logger(AgentRuntime.name);
  readonly log: LlmCallLog;
  readonly llm: LlmClient | null;

  constructor(@Inject(API_CONFIG) readonly config: ApiConfig) {
    const { agent } = config;
    this.log = new LlmCallLog({
      ...agent.log,
      warn: (message, detail) => this.logger.warn(detail, message),
    });
    const llm = {
      ...agent.llm,
      contextTokens: agent.llm.contextTokens ?? defaultContextTokens(agent.llm.model),
    };
    this.llm = agent.configured ? new LlmClient(llm, this.log) : null;
    if (!this.llm) {
      this.logger.log(
        'No language model configured (LLM_API_KEY, or LLM_BASE_URL + LLM_MODEL); chat explains how to set one up',
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.log.close();
  }
}
