import { Global, Module } from '@nestjs/common';
import { defaultContextTokens, LlmCallLog, LlmClient } from '@seraph/agent';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ROOT_LOGGER, type Logger } from '../logging/logger';

/** The worker's model client, or null when no model is configured (ticks then skip the model). */
export const LLM = Symbol('LLM');
export type WorkerLlm = LlmClient | null;

@Global()
@Module({
  providers: [
    {
      provide: LLM,
      inject: [WORKER_CONFIG, ROOT_LOGGER],
      useFactory: (config: WorkerConfig, root: Logger): WorkerLlm => {
        const log = root.child({ context: 'Llm' });
        const { agent } = config;
        if (!agent.configured) {
          log.info(
            'No language model configured (LLM_API_KEY, or LLM_BASE_URL + LLM_MODEL): ticks compute states only, briefings use the template',
          );
          return null;
        }
        const callLog = new LlmCallLog({
          ...agent.log,
          warn: (message, detail) => log.warn(detail, message),
        });
        return new LlmClient(
          {
            ...agent.llm,
            contextTokens: agent.llm.contextTokens ?? defaultContextTokens(agent.llm.model),
          },
          callLog,
        );
      },
    },
  ],
  exports: [LLM],
})
export class LlmModule {}
