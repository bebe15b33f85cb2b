import { USER_STATES, type UserState } from '@seraph/contracts';
import { isWithinActiveHours, localClockTime } from './local-time';

const KNOWN: ReadonlySet<string> = new Set(USER_STATES);

/**
 * The user state a stored value names, or `available` when there is none or it names no state:
 * without evidence of the contrary the user counts as available (PRODUCT §2, last rule).
 */
export function toUserState(value: unknown): UserState {
  return typeof value === 'string' && KNOWN.has(value) ? (value as UserState) : 'available';
}

/** A cached calendar event, reduced to what the user-state rules look at. */
export interface CalendarSlot {
  start: Date;
  end: Date;
  /** Titled like focus / deep work / do not disturb (decided by libs/calendar). */
  focus: boolean;
  /** All-day events (holidays, birthdays, "working from home") never block the user. */
  allDay: boolean;
  /** Optional, only used to name the event in the reason shown to the user. */
  title?: string;
}

export interface UserStateInput {
  now: Date;
  timeZone: string;
  /** Cached events, may include ones that ended recently. */
  events: readonly CalendarSlot[];
  /** Null: the user was never seen. */
  lastInteractionAt: Date | null;
  /** `HH:MM`, local. */
  activeHoursStart: string;
  /** `HH:MM`, local: the evening review, from which on the user is winding down. */
  reviewTime: string;
}

/** How long after a blocking event ends the user still counts as switching back (PRODUCT §2). */
export const TRANSITION_MINUTES = 15;
/** Without any interaction for this long the user counts as away (PRODUCT §2). */
export const AWAY_AFTER_MINUTES = 30;

/** Reason: a short human sentence, e.g. `In "Standup" until 10:30` (times in local `HH:MM`). */
export interface DerivedUserState {
  state: UserState;
  reason: string;
}

const MINUTE_MS = 60_000;

function named(slot: CalendarSlot, fallback: string): string {
  const title = slot.title?.trim();
  return title ? `"${title}"` : fallback;
}

/** Of several matching events the one ending last names the reason: it is how long the state holds. */
function endingLast(slots: readonly CalendarSlot[]): CalendarSlot | undefined {
  return slots.reduce<CalendarSlot | undefined>(
    (best, slot) => (!best || slot.end.getTime() > best.end.getTime() ? slot : best),
    undefined,
  );
}

/** The user's state right now; the rules of worker-design.md, first match wins. */
export function deriveUserState(input: UserStateInput): DerivedUserState {
  const { now, timeZone } = input;
  const at = now.getTime();
  const clock = (d: Date) => localClockTime(d, timeZone);
  const timed = input.events.filter((e) => !e.allDay);

  const current = timed.filter((e) => e.start.getTime() <= at && at < e.end.getTime());
  const focus = endingLast(current.filter((e) => e.focus));
  if (focus) {
    return {
      state: 'deep_work',
      reason: `In ${named(focus, 'a focus block')} until ${clock(focus.end)}`,
    };
  }
  const meeting = endingLast(current);
  if (meeting) {
    return {
      state: 'in_meeting',
      reason: `In ${named(meeting, 'a meeting')} until ${clock(meeting.end)}`,
    };
  }

  const justEnded = endingLast(
    timed.filter(
      (e) => e.end.getTime() <= at && at - e.end.getTime() < TRANSITION_MINUTES * MINUTE_MS,
    ),
  );
  if (justEnded) {
    return {
      state: 'transitioning',
      reason: `${named(justEnded, 'An event')} ended at ${clock(justEnded.end)}`,
    };
  }

  // "No interaction for 30 minutes": at exactly 30 the user counts as away. An interaction
  // stamped in the future (clock skew between api and worker) counts as recent.
  const last = input.lastInteractionAt;
  if (!last) return { state: 'away', reason: 'Not seen yet' };
  if (at - last.getTime() >= AWAY_AFTER_MINUTES * MINUTE_MS) {
    return { state: 'away', reason: `Last seen at ${clock(last)}` };
  }

  if (isWithinActiveHours(now, timeZone, input.reviewTime, input.activeHoursStart)) {
    return { state: 'winding_down', reason: `Winding down until ${input.activeHoursStart}` };
  }
  return { state: 'available', reason: 'Free, nothing on the calendar' };
}
