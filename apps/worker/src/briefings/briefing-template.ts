import { localClockTime } from '@seraph/attention';
import type { CalendarEventEntity } from '@seraph/persistence';
import type { GoalView } from '../context/goal-overview';

export type BriefingKind = 'daily' | 'evening';

/** What a briefing talks about, gathered from data (no model needed). */
export interface BriefingFacts {
  kind: BriefingKind;
  /** e.g. "Wednesday 25 November". */
  dayLabel: string;
  timeZone: string;
  dueToday: GoalView[];
  overdue: GoalView[];
  behind: GoalView[];
  completedToday: GoalView[];
  /** Today's focus suggestion: the most pressing active goal, if any. */
  focus: GoalView | null;
  events: CalendarEventEntity[];
}

const MAX_LINES = 5;

function section(title: string, lines: string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length - shown.length;
  return [
    `${title}:`,
    ...shown.map((line) => `• ${line}`),
    ...(more > 0 ? [`• …and ${more} more`] : []),
    '',
  ];
}

function goalLine(goal: GoalView): string {
  return `${goal.title} (${Math.round(goal.progress)}%${goal.dueDate ? `, due ${goal.dueDate}` : ''})`;
}

function eventLines(events: CalendarEventEntity[], timeZone: string): string[] {
  return events.map((event) =>
    event.allDay
      ? `All day: ${event.title}`
      : `${localClockTime(event.startAt, timeZone)}–${localClockTime(event.endAt, timeZone)} ${event.title}${event.isFocus ? ' (focus)' : ''}`,
  );
}

/** The briefing as plain text, deterministic: used when no model is configured or it fails. */
export function briefingTemplate(facts: BriefingFacts): string {
  const lines: string[] = [];
  if (facts.kind === 'daily') {
    lines.push(`Good morning! Your briefing for ${facts.dayLabel}.`, '');
    lines.push(...section('Due today', facts.dueToday.map(goalLine)));
    lines.push(...section('Overdue', facts.overdue.map(goalLine)));
    lines.push(...section('Falling behind', facts.behind.map(goalLine)));
    lines.push(...section('On your calendar', eventLines(facts.events, facts.timeZone)));
    lines.push(
      facts.focus
        ? `Suggested focus: ${facts.focus.title}.`
        : 'No active quests yet: add one in the quest log (Q) to get going.',
    );
  } else {
    lines.push(`Evening review for ${facts.dayLabel}.`, '');
    lines.push(
      ...section(
        'Completed today',
        facts.completedToday.map((goal) => goal.title),
      ),
    );
    lines.push(...section('Still open and due today', facts.dueToday.map(goalLine)));
    lines.push(...section('Overdue', facts.overdue.map(goalLine)));
    lines.push(...section('Tomorrow starts with', eventLines(facts.events, facts.timeZone)));
    lines.push(
      facts.completedToday.length > 0
        ? 'Well done today. Rest well.'
        : 'Tomorrow is a new day: pick one small step for the morning.',
    );
  }
  return lines.join('\n').trim();
}
