import { ConfigError, loadApiConfig } from './api-config.schema';

describe('chat agent configuration', () => {
  it('is unconfigured without a key, with the documented defaults', () => {
    const { agent } = loadApiConfig({});
    expect(agent.configured).toBe(false);
    expect(agent.llm).toMatchObject({
      model: 'gpt-4o-mini',
      summaryModel: 'gpt-4o-mini',
      contextTokens: undefined,
      maxRetries: 2,
    });
    expect(agent.timeouts).toEqual({
      chatTurnMs: 120_000,
      strategistMs: 60_000,
      toolMs: 15_000,
      browseMs: 60_000,
      shellMs: 30_000,
    });
    expect(agent.log).toMatchObject({ logContent: false, maxMegabytes: 10, maxFiles: 5 });
    expect(agent.sandboxUrl).toBeUndefined();
  });

  it('counts a key, or a base URL with a model (Ollama, LM Studio), as configured', () => {
    expect(loadApiConfig({ LLM_API_KEY: 'placeholder' }).agent.configured).toBe(true);
    expect(loadApiConfig({ LLM_BASE_URL: 'http://localhost:11434/v1' }).agent.configured).toBe(
      false,
    );
    const local = loadApiConfig({
      LLM_BASE_URL: 'http://localhost:11434/v1',
      LLM_MODEL: 'my-local-model',
    }).agent;
    expect(local.configured).toBe(true);
    // Unset: the runtime takes it from the model table (see the agent's model-table spec).
    expect(local.llm.contextTokens).toBeUndefined();
  });

  it('reads fractional seconds and the summary model', () => {
    const { agent } = loadApiConfig({
      AGENT_CHAT_TIMEOUT_S: '1.5',
      LLM_MODEL: 'a',
      LLM_SUMMARY_MODEL: 'b',
      LLM_CONTEXT_TOKENS: '4096',
    });
    expect(agent.timeouts.chatTurnMs).toBe(1500);
    expect(agent.llm).toMatchObject({ model: 'a', summaryModel: 'b', contextTokens: 4096 });
  });

  it('names a wrong value', () => {
    expect(() => loadApiConfig({ AGENT_CHAT_TIMEOUT_S: '0' })).toThrow(ConfigError);
    expect(() => loadApiConfig({ LLM_BASE_URL: 'ftp://x' })).toThrow(
      /LLM_BASE_URL must be an http/,
    );
    expect(() => loadApiConfig({ LLM_LOG_FILES: 'many' })).toThrow(
      /LLM_LOG_FILES must be a whole number/,
    );
  });
});
