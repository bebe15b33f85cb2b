import type { GoalDomain, GoalLevel, GoalStatus } from '@seraph/contracts';
import { calendarDate, goalHealth, healthInputs } from '@seraph/goals';
import { GoalEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';

/** A goal as the strategist, the ambient state and briefings see it: shown progress and health. */
export interface GoalView {
  id: string;
  title: string;
  level: GoalLevel;
  domain: GoalDomain;
  status: GoalStatus;
  parentId: string | null;
  dueDate: string | null;
  /** Rolled-up progress, as the quest log shows it. */
  progress: number;
  overdue: boolean;
  behind: boolean;
  stalled: boolean;
  updatedAt: Date;
  completedAt: Date | null;
}

/** Every goal with its shown progress and health on the user's `today`. */
export async function loadGoalViews(
  dataSource: DataSource,
  now: Date,
  timeZone: string,
): Promise<GoalView[]> {
  const rows = await dataSource.getRepository(GoalEntity).find({
    select: {
      id: true,
      title: true,
      level: true,
      domain: true,
      status: true,
      parentId: true,
      dueDate: true,
      progress: true,
      createdAt: true,
      updatedAt: true,
      completedAt: true,
    },
    order: { createdAt: 'ASC' },
  });
  const inputs = healthInputs(rows);
  const today = calendarDate(now, timeZone);
  return rows.map((row, i) => {
    const { progress } = inputs[i];
    const health = goalHealth(inputs[i], now, today);
    return {
      id: row.id,
      title: row.title,
      level: row.level,
      domain: row.domain,
      status: row.status,
      parentId: row.parentId,
      dueDate: row.dueDate,
      progress,
      ...health,
      updatedAt: row.updatedAt,
      completedAt: row.completedAt,
    };
  });
}

/** Active goals that are behind or overdue, most urgent (overdue, then earliest due) first. */
export function goalsNeedingAttention(goals: readonly GoalView[]): GoalView[] {
  return goals
    .filter((goal) => goal.status === 'active' && (goal.behind || goal.overdue))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    );
}
