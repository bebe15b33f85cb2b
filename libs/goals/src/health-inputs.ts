import { lastActivity, type ActivityInput } from './activity';
import type { HealthInput } from './health';
import { rollUpProgress, type ProgressInput } from './progress';

/** A stored goal with what the health rules need from it and its subtree. */
export interface StoredGoalForHealth extends ProgressInput, ActivityInput {
  dueDate: string | null;
  createdAt: Date;
}

/**
 * What `goalHealth` judges for each goal, in the order given: progress as shown (rolled up)
 * and, as `updatedAt`, the latest update in the goal's subtree (working on a sub-goal is working on
 * the goal, so a parent is not stalled while its children move).
 */
export function healthInputs(goals: readonly StoredGoalForHealth[]): HealthInput[] {
  const shown = rollUpProgress(goals);
  const activity = lastActivity(goals);
  return goals.map((goal) => ({
    status: goal.status,
    dueDate: goal.dueDate,
    createdAt: goal.createdAt,
    updatedAt: new Date(activity.get(goal.id) ?? goal.updatedAt.getTime()),
    progress: shown.get(goal.id) ?? goal.progress,
  }));
}
