/** Everything the agent needs from the environment, validated by the app that owns it. */
export interface LlmConfig {
  /** OpenAI-compatible base URL (`https://openrouter.ai/api/v1`, `http://localhost:11434/v1`). */
  baseUrl: string | undefined;
  apiKey: string | undefined;
  model: string;
  /** Cheap model for "conversation so far" summaries; the chat model when unset. */
  summaryModel: string;
  /** The chat model's context window in tokens. */
  contextTokens: number;
  /** Retries of a transient failure (429, 5xx, connection reset), with exponential backoff. */
  maxRetries: number;
}

export interface AgentTimeouts {
  chatTurnMs: number;
  strategistMs: number;
  toolMs: number;
  browseMs: number;
  shellMs: number;
}

export const DEFAULT_MODEL = 'gpt-4o-mini';

/**
 * A model is configured with a key (OpenAI, OpenRouter…), or with a base URL and a model name for
 * local servers that need no key (Ollama, LM Studio, vLLM).
 */
export function isLlmConfigured(
  config: Pick<LlmConfig, 'apiKey' | 'baseUrl'> & {
    modelSet: boolean;
  },
): boolean {
  return Boolean(config.apiKey) || (Boolean(config.baseUrl) && config.modelSet);
}

/** What chat answers while no model is configured. */
export const NOT_CONFIGURED_MESSAGE =
  "I can't think yet: no language model is configured. Set LLM_API_KEY (and LLM_MODEL, plus " +
  'LLM_BASE_URL for a provider other than OpenAI, e.g. https://openrouter.ai/api/v1) — or, for a ' +
  'local server such as Ollama or LM Studio, set LLM_BASE_URL and LLM_MODEL without a key — ' +
  'then restart Seraph.';

/** What chat answers when a turn runs out of time. */
export const TIMED_OUT_MESSAGE =
  "I'm taking too long — let me try a simpler way. Could you ask again, perhaps a smaller piece " +
  'at a time?';
