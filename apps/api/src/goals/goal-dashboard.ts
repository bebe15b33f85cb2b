import {
  GOAL_DOMAINS,
  type GoalDashboard,
  type GoalDomain,
  type GoalDomainSummary,
} from '@seraph/contracts';
import { goalOrder } from './goal-listing';
import type { GoalEntry, GoalSnapshot, Moment } from './goal-snapshot';

/** How far ahead `dueSoon` looks, in days after today (inclusive). */
export const DUE_SOON_DAYS = 7;

interface Tally {
  active: number;
  completed: number;
  total: number;
  progressSum: number;
}

const emptyTally = (): Tally => ({ active: 0, completed: 0, total: 0, progressSum: 0 });

/** Mean shown progress of the active and completed goals, one decimal; 0 when there are none. */
function summary({ active, completed, total, progressSum }: Tally): GoalDomainSummary {
  const counted = active + completed;
  const progress = counted === 0 ? 0 : Math.round((progressSum / counted) * 10) / 10;
  return { active, completed, total, progress };
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Body of `GET /goals/dashboard`, from one pass over every goal. */
export function goalDashboard(snapshot: GoalSnapshot, moment: Moment): GoalDashboard {
  const domains = new Map<GoalDomain, Tally>(GOAL_DOMAINS.map((d) => [d, emptyTally()]));
  const all = emptyTally();
  let paused = 0;
  let abandoned = 0;
  const health = { overdue: 0, behind: 0, stalled: 0 };
  const lastDueSoon = addDays(moment.today, DUE_SOON_DAYS);
  const dueSoon: GoalEntry[] = [];

  for (const entry of snapshot.entries) {
    const { record, base } = entry;
    for (const tally of [domains.get(record.domain)!, all]) {
      tally.total += 1;
      if (record.status === 'active' || record.status === 'completed') {
        tally[record.status] += 1;
        tally.progressSum += base.progress;
      }
    }
    if (record.status === 'paused') paused += 1;
    if (record.status === 'abandoned') abandoned += 1;
    const flags = snapshot.health(entry, moment);
    if (flags.overdue) health.overdue += 1;
    if (flags.behind) health.behind += 1;
    if (flags.stalled) health.stalled += 1;
    const open = record.status === 'active' || record.status === 'paused';
    const due = record.dueDate;
    if (open && due !== null && due >= moment.today && due <= lastDueSoon) dueSoon.push(entry);
  }

  const soonest = goalOrder('due', 'asc');
  return {
    today: moment.today,
    domains: Object.fromEntries(
      GOAL_DOMAINS.map((d) => [d, summary(domains.get(d)!)]),
    ) as GoalDashboard['domains'],
    totals: { ...summary(all), paused, abandoned },
    health,
    dueSoon: dueSoon.sort(soonest).map((entry) => snapshot.view(entry, moment)),
  };
}
