import type { GoalDomain, GoalLevel, GoalStatusFilter, GoalTreeNode } from '@seraph/contracts';
import { GOAL_LEVELS } from '@seraph/contracts';

export interface QuestFilter {
  text: string;
  level: GoalLevel | '';
  domain: GoalDomain | '';
  status: GoalStatusFilter | '';
}

export const EMPTY_FILTER: QuestFilter = {
  text: '',
  level: '',
  domain: '',
  status: '',
};

export function isFiltering(filter: QuestFilter): boolean {
  return Boolean(filter.text.trim() || filter.level || filter.domain || filter.status);
}

/** Does this goal itself match every active criterion? */
export function matchesFilter(node: GoalTreeNode, filter: QuestFilter): boolean {
  const text = filter.text.trim().toLowerCase();
  if (text && !node.title.toLowerCase().includes(text)) return false;
  if (filter.level && node.level !== filter.level) return false;
  if (filter.domain && node.domain !== filter.domain) return false;
  switch (filter.status) {
    case '':
      return true;
    case 'overdue':
    case 'behind':
    case 'stalled':
      return node[filter.status];
    default:
      return node.status === filter.status;
  }
}

/**
 * Keeps the goals that match and every ancestor of a match (so a match is never orphaned); a
 * kept ancestor shows only the branches that lead to matches.
 */
export function filterTree(nodes: GoalTreeNode[], filter: QuestFilter): GoalTreeNode[] {
  if (!isFiltering(filter)) return nodes;
  return nodes.flatMap((node) => {
    const children = filterTree(node.children, filter);
    if (matchesFilter(node, filter) || children.length > 0) return [{ ...node, children }];
    return [];
  });
}

export function countDescendants(node: GoalTreeNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}

export const levelRank = (level: GoalLevel): number => GOAL_LEVELS.indexOf(level);

export interface ParentOption {
  id: string;
  title: string;
  depth: number;
}

/**
 * Goals that may parent a goal of `level`: strictly coarser ones, in tree order with their depth,
 * leaving out `excludeId` and everything below it (a goal cannot move under itself).
 */
export function parentOptions(
  nodes: GoalTreeNode[],
  level: GoalLevel,
  excludeId?: string,
  depth = 0,
): ParentOption[] {
  return nodes.flatMap((node) => {
    if (node.id === excludeId) return [];
    const below = parentOptions(node.children, level, excludeId, depth + 1);
    return levelRank(node.level) < levelRank(level)
      ? [{ id: node.id, title: node.title, depth }, ...below]
      : below;
  });
}
