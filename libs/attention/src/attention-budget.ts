import { DAILY_ATTENTION_BUDGET, type InterruptionMode } from '@seraph/contracts';

/** What is left of the day's attention budget, and which local day it belongs to. */
export interface AttentionBudget {
  /** Interruptions the agent may still spend on the day `date`. */
  remaining: number;
  /** The user's calendar date (`YYYY-MM-DD`, in their time zone) this budget was granted for. */
  date: string;
}

/** Interruptions a mode allows per day: focus 0, balanced 5, active 15. */
export function dailyBudget(mode: InterruptionMode): number {
  return DAILY_ATTENTION_BUDGET[mode];
}

/** A full budget for `mode` on the local date `today`. */
export function freshBudget(mode: InterruptionMode, today: string): AttentionBudget {
  return { remaining: dailyBudget(mode), date: today };
}

/**
 * The budget as it stands on the local date `today`. The budget resets at local midnight: one
 * granted for an earlier date counts as a fresh budget for the current mode, without anyone having
 * to write it back first. A budget dated later than `today` (the user moved west across the date
 * line) is kept as it is, so moving time zones never hands out a second budget for one day.
 */
export function budgetAsOf(
  stored: AttentionBudget,
  mode: InterruptionMode,
  today: string,
): AttentionBudget {
  return today > stored.date ? freshBudget(mode, today) : stored;
}

/**
 * The budget after the mode is set to `next`: a real change starts the day over with the new
 * mode's full budget; setting the mode it already has changes nothing (it is not a way to refill).
 */
export function budgetAfterModeChange(
  stored: AttentionBudget,
  previous: InterruptionMode,
  next: InterruptionMode,
  today: string,
): AttentionBudget {
  return previous === next ? budgetAsOf(stored, previous, today) : freshBudget(next, today);
}
