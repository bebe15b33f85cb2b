import type { GoalTreeNode } from '@seraph/contracts';

/** The tree without the goal `id` (and its sub-goals): what an optimistic delete shows. */
export function removeNode(nodes: GoalTreeNode[], id: string): GoalTreeNode[] {
  return nodes
    .filter((node) => node.id !== id)
    .map((node) => ({ ...node, children: removeNode(node.children, id) }));
}

/** The tree with `patch` applied to the goal `id`: what an optimistic edit shows. */
export function patchNode(
  nodes: GoalTreeNode[],
  id: string,
  patch: Partial<GoalTreeNode>,
): GoalTreeNode[] {
  return nodes.map((node) =>
    node.id === id
      ? { ...node, ...patch }
      : { ...node, children: patchNode(node.children, id, patch) },
  );
}
