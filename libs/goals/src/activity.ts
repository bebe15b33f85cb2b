import { childrenIndex, type GoalLink } from './hierarchy';

export interface ActivityInput extends GoalLink {
  updatedAt: Date;
}

/**
 * When each goal or any goal below it was last updated (epoch ms): working on a sub-goal is working
 * on its parent, so a parent is not stalled while its children move.
 */
export function lastActivity(goals: readonly ActivityInput[]): Map<string, number> {
  const index = childrenIndex(goals);
  const latest = new Map<string, number>();
  const visiting = new Set<string>();

  const compute = (goal: ActivityInput): number => {
    const cached = latest.get(goal.id);
    if (cached !== undefined) return cached;
    let value = goal.updatedAt.getTime();
    if (visiting.has(goal.id)) return value; // defensive: stored data should never loop
    visiting.add(goal.id);
    for (const child of index.get(goal.id) ?? []) value = Math.max(value, compute(child));
    visiting.delete(goal.id);
    latest.set(goal.id, value);
    return value;
  };

  for (const goal of goals) compute(goal);
  return latest;
}
