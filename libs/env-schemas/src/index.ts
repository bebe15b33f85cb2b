export {
  agentEnvShape,
  toAgentSettings,
  DEFAULT_LLM_MODEL,
  type AgentSettings,
  type AgentEnvTimeouts,
  type LlmEnvConfig,
} from './agent-env';
