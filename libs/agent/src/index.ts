export {
  DEFAULT_MODEL,
  isLlmConfigured,
  NOT_CONFIGURED_MESSAGE,
  TIMED_OUT_MESSAGE,
  type AgentTimeouts,
  type LlmConfig,
} from './llm-config';
export { costUsd, defaultContextTokens, encodingFor, FALLBACK_CONTEXT_TOKENS } from './model-table';
export { TimeoutError, withTimeout } from './timeout';
export {
  LLM_LOG_FILE,
  LlmCallLog,
  type LlmCallLogOptions,
  type LlmCallRecord,
  type LlmCallStatus,
  type LlmCallType,
} from './llm-call-log';
export {
  LlmClient,
  LlmError,
  providerOf,
  type LlmErrorCode,
  type LlmMessage,
  type LlmRequest,
  type LlmResult,
  type LlmTool,
  type LlmToolCall,
  type LlmUsage,
} from './llm-client';
export { ToolInputError, type AgentTool, type ToolParameters } from './tools/agent-tool';
export { ToolRegistry, type ToolOutcome } from './tools/tool-registry';
export { browseWebpageTool, type BrowseOptions } from './tools/browse-webpage';
export { isPrivateAddress, publicOnlyLookup, type Resolver } from './tools/public-address';
export { shellExecuteTool } from './tools/shell-execute';
export {
  runAgentTurn,
  type TurnOptions,
  type TurnRecord,
  type TurnResult,
  type TurnStep,
} from './agent-turn';
export { TokenCounter } from './token-counter';
export { toLlmMessage, toUnits, type HistoryMessage } from './history-message';
export {
  fitContextWindow,
  historyBudget,
  FIXED_WINDOW_MESSAGES,
  KEEP_FIRST,
  KEEP_LAST,
  type FitOptions,
  type FitResult,
  type SummaryRange,
} from './context-window';
export { summariseConversation } from './summariser';
export { buildSystemPrompt, type PromptContext, type PromptGoal } from './system-prompt';
