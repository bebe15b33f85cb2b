import { INSIGHT_TYPES, type InsightType, type InsightUrgency } from '@seraph/contracts';
import type { LlmMessage, LlmTool } from '@seraph/agent';
import { z } from 'zod';
import type { StrategistContext } from './strategist-context';

export const OFFER_TOOL = 'offer_insight';

/** What the model may propose: one short, concrete message about the user's goals. */
const proposalSchema = z.object({
  text: z.string().trim().min(1).max(600),
  urgency: z.number().int().min(1).max(5),
  type: z.enum(INSIGHT_TYPES),
  // Capped after unknown and repeated ids are dropped: a long list is trimmed, not the insight lost.
  goalIds: z.array(z.string()).nullish(),
});

/** At most this many goal ids are kept on an insight. */
export const MAX_PROPOSAL_GOALS = 10;

export interface Proposal {
  text: string;
  urgency: InsightUrgency;
  type: InsightType;
  goalIds: string[];
}

/** The one tool the strategist model gets: its arguments are the structured output. */
export const OFFER_INSIGHT_TOOL: LlmTool = {
  type: 'function',
  function: {
    name: OFFER_TOOL,
    description:
      'Offer the user one insight now. Call at most once, and only when it clearly helps; otherwise answer "nothing".',
    parameters: {
      type: 'object',
      additionalProperties: false,
      required: ['text', 'urgency', 'type', 'goalIds'],
      properties: {
        text: {
          type: 'string',
          description: 'One or two friendly sentences, at most 600 characters.',
        },
        urgency: {
          type: 'integer',
          minimum: 1,
          maximum: 5,
          description: '1 = could wait days, 3 = today, 5 = needs attention right now (rare).',
        },
        type: {
          type: 'string',
          enum: [...INSIGHT_TYPES],
          description:
            'advisory (an observation), nudge (a push to act), alert (something is going wrong).',
        },
        goalIds: {
          type: 'array',
          items: { type: 'string' },
          maxItems: MAX_PROPOSAL_GOALS,
          description: 'Ids of the goals it is about, from the context.',
        },
      },
    },
  },
};

const SYSTEM = [
  'You are the strategist of Seraph, a calm personal guardian that helps one person with their goals.',
  'You run in the background. Decide whether ONE short insight would genuinely help the user right now.',
  'Most of the time the answer is nothing: respect their attention. Never repeat an insight already queued.',
  `If something is worth saying, call ${OFFER_TOOL} once. Otherwise reply with the single word: nothing.`,
].join(' ');

export function proposalMessages(context: StrategistContext): LlmMessage[] {
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: `Context (JSON):\n${JSON.stringify(context)}` },
  ];
}

export type ProposalParse =
  | { kind: 'none' }
  | { kind: 'proposal'; proposal: Proposal }
  | { kind: 'invalid'; problem: string };

/**
 * Reads the model's answer: no tool call is "nothing to say"; a call's arguments must pass the
 * schema, and goal ids must name goals of the context (unknown ones are dropped, not trusted).
 */
export function parseProposal(
  toolCalls: readonly { name: string; arguments: string }[],
  knownGoalIds: ReadonlySet<string>,
): ProposalParse {
  const call = toolCalls.find((candidate) => candidate.name === OFFER_TOOL);
  if (!call) return { kind: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(call.arguments || '{}');
  } catch {
    return { kind: 'invalid', problem: 'arguments are not JSON' };
  }
  const parsed = proposalSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: 'invalid',
      problem: `${issue?.path.join('.') || 'arguments'}: ${issue?.message}`,
    };
  }
  const { text, urgency, type, goalIds } = parsed.data;
  return {
    kind: 'proposal',
    proposal: {
      text,
      urgency: urgency as InsightUrgency,
      type,
      goalIds: [...new Set(goalIds ?? [])]
        .filter((id) => knownGoalIds.has(id))
        .slice(0, MAX_PROPOSAL_GOALS),
    },
  };
}
