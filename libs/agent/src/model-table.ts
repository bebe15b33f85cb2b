/** What Seraph knows about a model family: context window, tiktoken encoding, price per 1M tokens. */
interface ModelInfo {
  contextTokens: number;
  encoding: 'o200k_base' | 'cl100k_base';
  /** USD per million input / output tokens; absent when unknown (local or unlisted models). */
  price?: { input: number; output: number };
}

export const FALLBACK_CONTEXT_TOKENS = 128_000;

// Matched by substring of the model name (after any `provider/` prefix), most specific first.
const MODELS: [string, ModelInfo][] = [
  [
    'gpt-4o-mini',
    { contextTokens: 128_000, encoding: 'o200k_base', price: { input: 0.15, output: 0.6 } },
  ],
  ['gpt-4o', { contextTokens: 128_000, encoding: 'o200k_base', price: { input: 2.5, output: 10 } }],
  [
    'gpt-4.1-mini',
    { contextTokens: 1_047_576, encoding: 'o200k_base', price: { input: 0.4, output: 1.6 } },
  ],
  ['gpt-4.1', { contextTokens: 1_047_576, encoding: 'o200k_base', price: { input: 2, output: 8 } }],
  [
    'gpt-3.5-turbo',
    { contextTokens: 16_385, encoding: 'cl100k_base', price: { input: 0.5, output: 1.5 } },
  ],
  [
    'claude-3.5-haiku',
    { contextTokens: 200_000, encoding: 'cl100k_base', price: { input: 0.8, output: 4 } },
  ],
  ['claude', { contextTokens: 200_000, encoding: 'cl100k_base' }],
  ['llama3', { contextTokens: 8_192, encoding: 'cl100k_base' }],
  ['qwen', { contextTokens: 32_768, encoding: 'cl100k_base' }],
];

function lookup(model: string): ModelInfo | undefined {
  const name = model.toLowerCase().split('/').at(-1) ?? '';
  return MODELS.find(([key]) => name.includes(key))?.[1];
}

export function defaultContextTokens(model: string): number {
  return lookup(model)?.contextTokens ?? FALLBACK_CONTEXT_TOKENS;
}

/** The tiktoken encoding used to count tokens for `model` (o200k_base when unknown). */
export function encodingFor(model: string): 'o200k_base' | 'cl100k_base' {
  return lookup(model)?.encoding ?? 'o200k_base';
}

/** Cost in USD, or null when the model's price is unknown. */
export function costUsd(model: string, inputTokens: number, outputTokens: number): number | null {
  const price = lookup(model)?.price;
  if (!price) return null;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}
