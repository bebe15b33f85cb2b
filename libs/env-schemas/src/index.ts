export {
  agentEnvShape,
  toAgentSettings,
  DEFAULT_LLM_MODEL,
  type AgentSettings,
  type AgentEnvTimeouts,
  type LlmEnvConfig,
} from './agent-env';
export {
  calendarEnvShape,
  publicUrlEnvShape,
  refineCalendarEnv,
  toCalendarSettings,
  toPublicUrl,
  parseSecretKey,
  SECRET_KEY_RULE,
  GOOGLE_API_ROOT_URL,
  GOOGLE_OAUTH_AUTH_URL,
  GOOGLE_OAUTH_TOKEN_URL,
  type CalendarSettings,
  type GoogleEnvSettings,
} from './calendar-env';
