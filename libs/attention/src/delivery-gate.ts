import type { InsightType, InterruptionMode, UserState } from '@seraph/contracts';

/** Everything the delivery gate looks at for one proactive message (PRODUCT §2). */
export interface GateInput {
  urgency: 1 | 2 | 3 | 4 | 5;
  type: InsightType;
  /** A scheduled briefing: the user asked for it by setting its time. */
  scheduled: boolean;
  userState: UserState;
  mode: InterruptionMode;
  budgetRemaining: number;
  withinActiveHours: boolean;
}

export type GateDecision =
  | { action: 'deliver'; spendsBudget: boolean; reason: string }
  | { action: 'queue'; reason: string };

/** States in which nothing but urgency 5 and briefings get through. */
const BLOCKING: Readonly<Partial<Record<UserState, string>>> = {
  deep_work: 'queued: user is in deep work',
  in_meeting: 'queued: user is in a meeting',
  away: 'queued: user is away',
};

/** Deliver now or queue; the order of the rules is the product's (worker-design.md, Rules). */
export function decideDelivery(input: GateInput): GateDecision {
  if (input.urgency === 5) {
    // Urgent messages go out even with the budget spent, but still use it up while any is left.
    return {
      action: 'deliver',
      spendsBudget: input.budgetRemaining > 0,
      reason: 'delivered: urgency 5 always goes through',
    };
  }
  if (input.scheduled) {
    return { action: 'deliver', spendsBudget: false, reason: 'delivered: scheduled briefing' };
  }
  if (!input.withinActiveHours) return { action: 'queue', reason: 'queued: outside active hours' };
  const blocked = BLOCKING[input.userState];
  if (blocked) return { action: 'queue', reason: blocked };
  if (input.mode === 'focus') return { action: 'queue', reason: 'queued: focus mode is on' };
  if (input.userState === 'winding_down' && input.type !== 'alert') {
    return { action: 'queue', reason: 'queued: user is winding down, only alerts go through' };
  }
  if (input.budgetRemaining <= 0) {
    return { action: 'queue', reason: 'queued: attention budget spent for today' };
  }
  return {
    action: 'deliver',
    spendsBudget: true,
    reason: 'delivered: spends 1 of the attention budget',
  };
}
