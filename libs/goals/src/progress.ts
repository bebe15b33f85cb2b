import type { GoalStatus } from '@seraph/contracts';
import { childrenIndex, type GoalLink } from './hierarchy';

export interface ProgressInput extends GoalLink {
  status: GoalStatus;
  progress: number;
}

/**
 * Progress as shown: a completed goal shows 100; a goal with non-abandoned children shows the mean
 * of their shown progress; otherwise its own. Returns a map id → rounded progress (0–100).
 */
export function rollUpProgress(goals: readonly ProgressInput[]): Map<string, number> {
  const index = childrenIndex(goals);
  const shown = new Map<string, number>();
  const visiting = new Set<string>();

  const compute = (goal: ProgressInput): number => {
    const cached = shown.get(goal.id);
    if (cached !== undefined) return cached;
    if (visiting.has(goal.id)) return goal.progress; // defensive: stored data should never loop
    visiting.add(goal.id);
    let value = goal.progress;
    if (goal.status === 'completed') {
      value = 100;
    } else {
      const counted = (index.get(goal.id) ?? []).filter((c) => c.status !== 'abandoned');
      if (counted.length > 0) {
        value = counted.reduce((sum, child) => sum + compute(child), 0) / counted.length;
      }
    }
    visiting.delete(goal.id);
    const rounded = Math.round(value * 10) / 10;
    shown.set(goal.id, rounded);
    return rounded;
  };

  for (const goal of goals) compute(goal);
  return shown;
}
