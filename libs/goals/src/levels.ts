import { GOAL_LEVELS, type GoalLevel } from '@seraph/contracts';

/** 0 for life_vision (coarsest) up to 5 for daily (finest). */
export function levelRank(level: GoalLevel): number {
  return GOAL_LEVELS.indexOf(level);
}

/** A child's level must be strictly finer than its parent's. */
export function isFinerLevel(child: GoalLevel, parent: GoalLevel): boolean {
  return levelRank(child) > levelRank(parent);
}

/** Levels a goal under a parent of `parent` level may have. */
export function levelsAllowedUnder(parent: GoalLevel): GoalLevel[] {
  return GOAL_LEVELS.filter((level) => isFinerLevel(level, parent));
}

/**
 * Why `level` cannot sit between a parent of `parentLevel` (null for a root) and children of
 * `childLevels`: `parent` when it is not strictly finer than the parent, `children` when a child is
 * not strictly finer than it; null when it fits.
 */
export function levelConflict(
  level: GoalLevel,
  parentLevel: GoalLevel | null,
  childLevels: readonly GoalLevel[],
): 'parent' | 'children' | null {
  if (parentLevel !== null && !isFinerLevel(level, parentLevel)) return 'parent';
  if (childLevels.some((child) => !isFinerLevel(child, level))) return 'children';
  return null;
}
