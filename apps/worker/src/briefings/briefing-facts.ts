import { localDate, localDayLabel } from '@seraph/attention';
import type { CalendarEventEntity } from '@seraph/persistence';
import type { GoalView } from '../context/goal-overview';
import { goalsNeedingAttention } from '../context/goal-overview';
import type { BriefingFacts, BriefingKind } from './briefing-template';

/** Morning: the rest of the day; evening: the night and tomorrow morning. */
const HORIZON_MS = 16 * 3_600_000;

/**
 * Facts for a briefing: goals due, overdue, behind and completed today, and the calendar of the
 * next 16 hours (the rest of the day in the morning; tomorrow morning in the evening).
 */
export function gatherFacts(
  kind: BriefingKind,
  now: Date,
  timeZone: string,
  goals: readonly GoalView[],
  events: readonly CalendarEventEntity[],
): BriefingFacts {
  const today = localDate(now, timeZone);
  const active = goals.filter((goal) => goal.status === 'active');
  const needing = goalsNeedingAttention(goals);
  const horizon = now.getTime() + HORIZON_MS;
  const upcoming = events.filter(
    (event) => event.endAt.getTime() > now.getTime() && event.startAt.getTime() < horizon,
  );
  return {
    kind,
    dayLabel: localDayLabel(now, timeZone),
    timeZone,
    dueToday: active.filter((goal) => goal.dueDate === today),
    overdue: needing.filter((goal) => goal.overdue),
    behind: needing.filter((goal) => !goal.overdue && goal.behind),
    completedToday: goals.filter(
      (goal) =>
        goal.status === 'completed' &&
        goal.completedAt !== null &&
        localDate(goal.completedAt, timeZone) === today,
    ),
    focus: needing[0] ?? active.find((goal) => goal.dueDate === today) ?? active[0] ?? null,
    events: upcoming,
  };
}
