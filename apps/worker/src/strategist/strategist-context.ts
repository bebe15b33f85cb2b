import { createHash } from 'node:crypto';
import { budgetToday } from '@seraph/insights';
import {
  localClockTime,
  localDate,
  localWeekday,
  timeOfDayBand,
  type TimeOfDayBand,
} from '@seraph/attention';
import type { InsightType, UserState } from '@seraph/contracts';
import type { CalendarEventEntity, InsightEntity } from '@seraph/persistence';
import type { AttentionSnapshot } from '../attention-state/attention-state.service';
import type { GoalView } from '../context/goal-overview';

/** At most this many goals go into a prompt (the most pressing first). */
const PROMPT_GOALS = 40;

/** What the strategist reasons about; also what its fingerprint covers. */
export interface StrategistContext {
  localTime: string;
  localDate: string;
  band: TimeOfDayBand;
  timeZone: string;
  userState: UserState;
  mode: string;
  budgetRemaining: number;
  goals: {
    id: string;
    title: string;
    level: string;
    status: string;
    progress: number;
    dueDate: string | null;
    flags: string[];
  }[];
  events: { title: string; start: string; end: string; focus: boolean }[];
  queued: { text: string; type: InsightType; goalIds: string[] }[];
}

/** Goals worth the model's attention: active ones, flagged first, then by due date. */
function promptGoals(goals: readonly GoalView[]): StrategistContext['goals'] {
  const score = (goal: GoalView) =>
    Number(goal.overdue) * 4 + Number(goal.behind) * 2 + Number(goal.stalled);
  return goals
    .filter((goal) => goal.status === 'active')
    .sort((a, b) => score(b) - score(a) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    .slice(0, PROMPT_GOALS)
    .map((goal) => ({
      id: goal.id,
      title: goal.title,
      level: goal.level,
      status: goal.status,
      progress: Math.round(goal.progress),
      dueDate: goal.dueDate,
      flags: (['overdue', 'behind', 'stalled'] as const).filter((flag) => goal[flag]),
    }));
}

export function buildContext(
  snapshot: AttentionSnapshot,
  events: readonly CalendarEventEntity[],
  queued: readonly InsightEntity[],
): StrategistContext {
  const { now, settings } = snapshot;
  const timeZone = settings.timezone;
  return {
    localTime: `${localWeekday(now, timeZone)} ${localClockTime(now, timeZone)}`,
    localDate: localDate(now, timeZone),
    band: timeOfDayBand(now, timeZone),
    timeZone,
    userState: snapshot.userState.state,
    mode: settings.interruptionMode,
    budgetRemaining: budgetToday(settings, now).remaining,
    goals: promptGoals(snapshot.goals),
    events: events
      .filter((event) => event.endAt > now)
      .map((event) => ({
        title: event.title,
        start: event.startAt.toISOString(),
        end: event.endAt.toISOString(),
        focus: event.isFocus,
      })),
    queued: queued.map((insight) => ({
      text: insight.text,
      type: insight.type,
      goalIds: insight.goalIds,
    })),
  };
}

/**
 * What must differ for a tick to be worth a model call: goals (as stored, so any edit counts),
 * the calendar, the user state, the queue, the time-of-day band and the day. The clock reading
 * and the budget are left out: minutes passing is not news.
 */
export function contextFingerprint(context: StrategistContext, goals: readonly GoalView[]): string {
  const material = {
    day: context.localDate,
    band: context.band,
    userState: context.userState,
    mode: context.mode,
    goals: goals.map((goal) => [
      goal.id,
      goal.status,
      goal.progress,
      goal.dueDate,
      goal.updatedAt.getTime(),
      goal.overdue,
      goal.behind,
      goal.stalled,
    ]),
    events: context.events.map((event) => [event.title, event.start, event.end]),
    queued: context.queued.length,
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex');
}
