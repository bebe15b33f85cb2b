import { resolve } from 'node:path';
import { z } from 'zod';

export const DEFAULT_LLM_MODEL = 'gpt-4o-mini';

/** The LLM connection; the same shape as `LlmConfig` of @seraph/agent, which this util may not import. */
export interface LlmEnvConfig {
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string;
  summaryModel: string;
  maxRetries: number;
}

/** Time limits of the agent's work, in milliseconds (`AgentTimeouts` of @seraph/agent). */
export interface AgentEnvTimeouts {
  chatTurnMs: number;
  strategistMs: number;
  toolMs: number;
  browseMs: number;
  shellMs: number;
}

/** The chat agent's settings (PRODUCT §4), part of `ApiConfig`. */
export interface AgentSettings {
  /** `contextTokens` undefined: from the model table (AgentRuntime resolves it). */
  llm: LlmEnvConfig & { contextTokens: number | undefined };
  /** False without LLM_API_KEY (or LLM_BASE_URL + LLM_MODEL): chat explains how to set one up. */
  configured: boolean;
  timeouts: AgentEnvTimeouts;
  /** `shell_execute` exists only when set. */
  sandboxUrl: string | undefined;
  /** Let `browse_webpage` reach this machine and private networks (off: public pages only). */
  browseAllowPrivate: boolean;
  log: { dir: string; logContent: boolean; maxMegabytes: number; maxFiles: number };
}

const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const seconds = (fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((value) => /^\d+(\.\d+)?$/.test(value) && Number(value) > 0 && Number(value) <= 3600, {
      error: 'must be a number of seconds above 0 and at most 3600',
    })
    .transform((value) => Math.round(Number(value) * 1000));

const wholeNumber = (fallback: number, min: number, max: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((value) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max, {
      error: `must be a whole number from ${min} to ${max}`,
    })
    .transform(Number);

/** Environment variables of the chat agent; merged into the api's schema. */
export const agentEnvShape = {
  LLM_BASE_URL: httpUrl.optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().optional(),
  LLM_SUMMARY_MODEL: z.string().optional(),
  LLM_CONTEXT_TOKENS: wholeNumber(0, 1024, 10_000_000).optional(),
  LLM_MAX_RETRIES: wholeNumber(2, 0, 10),
  LLM_LOG_DIR: z.string().default('logs'),
  LLM_LOG_CONTENT: flag.default(false),
  LLM_LOG_MAX_MB: wholeNumber(10, 1, 10_000),
  LLM_LOG_FILES: wholeNumber(5, 1, 1000),
  AGENT_CHAT_TIMEOUT_S: seconds(120),
  AGENT_STRATEGIST_TIMEOUT_S: seconds(60),
  AGENT_TOOL_TIMEOUT_S: seconds(15),
  AGENT_BROWSE_TIMEOUT_S: seconds(60),
  AGENT_SHELL_TIMEOUT_S: seconds(30),
  SANDBOX_URL: httpUrl.optional(),
  AGENT_BROWSE_ALLOW_PRIVATE: flag.default(false),
};

type AgentEnv = z.output<z.ZodObject<typeof agentEnvShape>>;

export function toAgentSettings(vars: AgentEnv): AgentSettings {
  const model = vars.LLM_MODEL ?? DEFAULT_LLM_MODEL;
  return {
    llm: {
      baseUrl: vars.LLM_BASE_URL,
      apiKey: vars.LLM_API_KEY,
      model,
      summaryModel: vars.LLM_SUMMARY_MODEL ?? model,
      contextTokens: vars.LLM_CONTEXT_TOKENS,
      maxRetries: vars.LLM_MAX_RETRIES,
    },
    // A key (OpenAI, OpenRouter…), or a base URL and a model for a local server needing none.
    configured:
      Boolean(vars.LLM_API_KEY) || (Boolean(vars.LLM_BASE_URL) && Boolean(vars.LLM_MODEL)),
    timeouts: {
      chatTurnMs: vars.AGENT_CHAT_TIMEOUT_S,
      strategistMs: vars.AGENT_STRATEGIST_TIMEOUT_S,
      toolMs: vars.AGENT_TOOL_TIMEOUT_S,
      browseMs: vars.AGENT_BROWSE_TIMEOUT_S,
      shellMs: vars.AGENT_SHELL_TIMEOUT_S,
    },
    sandboxUrl: vars.SANDBOX_URL,
    browseAllowPrivate: vars.AGENT_BROWSE_ALLOW_PRIVATE,
    log: {
      dir: resolve(vars.LLM_LOG_DIR),
      logContent: vars.LLM_LOG_CONTENT,
      maxMegabytes: vars.LLM_LOG_MAX_MB,
      maxFiles: vars.LLM_LOG_FILES,
    },
  };
}
