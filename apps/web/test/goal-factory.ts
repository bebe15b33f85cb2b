import type { GoalTreeNode } from '@seraph/contracts';

/** A tree node with every field filled; the id doubles as the title unless patched. */
export function node(
  id: string,
  patch: Partial<GoalTreeNode> = {},
  children: GoalTreeNode[] = [],
): GoalTreeNode {
  return {
    id,
    title: id,
    notes: null,
    level: 'daily',
    domain: 'productivity',
    status: 'active',
    parentId: null,
    dueDate: null,
    progress: 0,
    ownProgress: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    completedAt: null,
    overdue: false,
    behind: false,
    stalled: false,
    childCount: children.length,
    children,
    ...patch,
  };
}
