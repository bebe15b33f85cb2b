import {
  costUsd,
  defaultContextTokens,
  encodingFor,
  FALLBACK_CONTEXT_TOKENS,
  providerOf,
} from '../src';

describe('model table', () => {
  it('knows context windows of common models, with a 128k fallback', () => {
    expect(defaultContextTokens('gpt-4o-mini')).toBe(128_000);
    expect(defaultContextTokens('openai/gpt-4o-mini')).toBe(128_000);
    expect(defaultContextTokens('llama3.1')).toBe(8192);
    expect(defaultContextTokens('something-new')).toBe(FALLBACK_CONTEXT_TOKENS);
  });

  it('picks the tiktoken encoding and prices known models only', () => {
    expect(encodingFor('gpt-3.5-turbo')).toBe('cl100k_base');
    expect(encodingFor('unknown')).toBe('o200k_base');
    expect(costUsd('gpt-4o-mini', 1_000_000, 1_000_000)).toBeCloseTo(0.75);
    expect(costUsd('llama3.1', 10, 10)).toBeNull();
  });

  it('names the provider from the base URL', () => {
    expect(providerOf('https://openrouter.ai/api/v1')).toBe('openrouter');
    expect(providerOf('https://api.openai.com/v1')).toBe('openai');
    expect(providerOf('http://localhost:11434/v1')).toBe('ollama');
    expect(providerOf('http://127.0.0.1:5000/v1')).toBe('local');
  });
});
