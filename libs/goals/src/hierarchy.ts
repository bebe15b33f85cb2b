/** The minimum a tree rule needs to know about a goal. */
export interface GoalLink {
  id: string;
  parentId: string | null;
}

/** Children of each goal id, in input order. Roots are under the key `null`. */
export function childrenIndex<T extends GoalLink>(goals: readonly T[]): Map<string | null, T[]> {
  const index = new Map<string | null, T[]>();
  for (const goal of goals) {
    const siblings = index.get(goal.parentId) ?? [];
    siblings.push(goal);
    index.set(goal.parentId, siblings);
  }
  return index;
}

/** Ids of every goal below `id` (not including it). */
export function descendantIds(goals: readonly GoalLink[], id: string): Set<string> {
  const index = childrenIndex(goals);
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    for (const child of index.get(stack.pop()!) ?? []) {
      if (!found.has(child.id)) {
        found.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return found;
}

/** True when putting `id` under `newParentId` would make the tree loop back on itself. */
export function wouldCreateCycle(
  goals: readonly GoalLink[],
  id: string,
  newParentId: string,
): boolean {
  return newParentId === id || descendantIds(goals, id).has(newParentId);
}
