import { localDate } from '@seraph/attention';
import type { GoalStatus } from '@seraph/contracts';

const DAY_MS = 86_400_000;
/** Points below the time-implied progress at which an active goal counts as behind. */
export const BEHIND_MARGIN_POINTS = 25;
/** Days without an update after which an active goal counts as stalled. */
export const STALLED_AFTER_DAYS = 14;

export interface HealthInput {
  status: GoalStatus;
  /** Calendar date `YYYY-MM-DD`, or null. */
  dueDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Progress as shown (rolled up). */
  progress: number;
}

export interface GoalHealth {
  overdue: boolean;
  behind: boolean;
  stalled: boolean;
}

/**
 * Derived, never stored. `today` is the user's calendar date (`YYYY-MM-DD`, in their timezone);
 * `now` the instant. Both come from an injected clock so rules are testable.
 */
export function goalHealth(goal: HealthInput, now: Date, today: string): GoalHealth {
  const open = goal.status !== 'completed' && goal.status !== 'abandoned';
  const overdue = open && goal.dueDate !== null && goal.dueDate < today;
  const active = goal.status === 'active';
  const behind =
    active && (overdue || goal.progress < expectedProgress(goal, now) - BEHIND_MARGIN_POINTS);
  const stalled = active && now.getTime() - goal.updatedAt.getTime() > STALLED_AFTER_DAYS * DAY_MS;
  return { overdue, behind, stalled };
}

/** Progress the elapsed share of created → end of due date implies (0–100); 0 without a due date. */
export function expectedProgress(
  goal: Pick<HealthInput, 'dueDate' | 'createdAt'>,
  now: Date,
): number {
  if (!goal.dueDate) return 0;
  const end = endOfDay(goal.dueDate);
  const start = goal.createdAt.getTime();
  if (!(end > start)) return 100;
  const share = (now.getTime() - start) / (end - start);
  return Math.min(1, Math.max(0, share)) * 100;
}

const dayEnds = new Map<string, number>();

/** The last millisecond of a calendar date (UTC), remembered: health runs for every goal often. */
function endOfDay(date: string): number {
  let end = dayEnds.get(date);
  if (end === undefined) {
    end = Date.parse(`${date}T23:59:59.999Z`);
    if (dayEnds.size > 10_000) dayEnds.clear();
    dayEnds.set(date, end);
  }
  return end;
}

/** The calendar date of `now` in an IANA time zone, as `YYYY-MM-DD` (the user's "today"). */
export const calendarDate: (now: Date, timeZone: string) => string = localDate;
