import type { LlmClient } from '@seraph/agent';
import type { BriefingFacts } from './briefing-template';
import { briefingTemplate } from './briefing-template';

const SYSTEM = [
  "You are Seraph, a calm personal guardian. Write the user's briefing from the facts given:",
  'warm, concrete, at most 150 words, plain text with short bullet lines, no headings in markdown.',
  'Use only the facts; do not invent goals or events. End with one suggested focus.',
].join(' ');

export interface WrittenBriefing {
  text: string;
  by: 'model' | 'template';
  inputTokens: number;
  outputTokens: number;
  /** Why the model was not used (not configured, or its error). */
  fallbackReason?: string;
}

/**
 * The model writes the briefing when one is configured; the deterministic template does
 * otherwise, and whenever the model fails: a briefing is always delivered.
 */
export async function writeBriefing(
  facts: BriefingFacts,
  llm: LlmClient | null,
  signal: AbortSignal,
): Promise<WrittenBriefing> {
  const template = briefingTemplate(facts);
  if (!llm) {
    return {
      text: template,
      by: 'template',
      inputTokens: 0,
      outputTokens: 0,
      fallbackReason: 'no model',
    };
  }
  try {
    const answer = await llm.complete({
      messages: [
        { role: 'system', content: SYSTEM },
        {
          role: 'user',
          content: `${facts.kind === 'daily' ? 'Morning briefing' : 'Evening review'}. Facts:\n${template}`,
        },
      ],
      callType: 'briefing',
      signal,
    });
    const text = answer.text.trim();
    if (!text) throw new Error('the model answered with no text');
    return {
      text,
      by: 'model',
      inputTokens: answer.usage.inputTokens,
      outputTokens: answer.usage.outputTokens,
    };
  } catch (error) {
    signal.throwIfAborted();
    return {
      text: template,
      by: 'template',
      inputTokens: 0,
      outputTokens: 0,
      fallbackReason: (error as Error).message,
    };
  }
}
