import type { Goal, GoalSortField, GoalTreeNode, SortOrder } from '@seraph/contracts';
import type { GoalHealth } from '@seraph/goals';
import type { GoalEntry, GoalSnapshot, Moment } from './goal-snapshot';
import type { ListGoalsQuery } from './goal.schemas';

type Compare = (a: GoalEntry, b: GoalEntry) => number;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byCreated: Compare = (a, b) => a.createdMs - b.createdMs || compareText(a.base.id, b.base.id);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const KEYS: Record<GoalSortField, Compare> = {
  created: () => 0,
  due: (a, b) => compareText(a.base.dueDate!, b.base.dueDate!),
  progress: (a, b) => a.base.progress - b.base.progress,
  title: (a, b) => collator.compare(a.base.title, b.base.title),
};

/**
 * Orders goals by `sort` then creation; `desc` reverses both. Goals without a due date come last
 * in either order when sorting by due date.
 */
export function goalOrder(sort: GoalSortField, order: SortOrder): Compare {
  const key = KEYS[sort];
  const sign = order === 'desc' ? -1 : 1;
  return (a, b) => {
    if (sort === 'due' && a.base.dueDate !== b.base.dueDate) {
      if (a.base.dueDate === null) return 1;
      if (b.base.dueDate === null) return -1;
    }
    return sign * (key(a, b) || byCreated(a, b));
  };
}

/** The flat list of `GET /goals`: filters, then sorts, computing health only where needed. */
export function listGoals(snapshot: GoalSnapshot, query: ListGoalsQuery, moment: Moment): Goal[] {
  const pool = query.parentId
    ? (snapshot.children.get(query.parentId) ?? [])
    : (snapshot.entries as GoalEntry[]);
  const needle = query.q ? query.q.toLowerCase() : '';
  const status = query.status;
  const derived = status === 'overdue' || status === 'behind' || status === 'stalled';
  const picked: { entry: GoalEntry; health: GoalHealth }[] = [];
  for (const entry of pool) {
    const { record } = entry;
    if (query.level && record.level !== query.level) continue;
    if (query.domain && record.domain !== query.domain) continue;
    if (status && !derived && record.status !== status) continue;
    if (needle && !entry.text.includes(needle)) continue;
    const health = snapshot.health(entry, moment);
    if (derived && !health[status]) continue;
    picked.push({ entry, health });
  }
  const compare = goalOrder(query.sort, query.order);
  picked.sort((a, b) => compare(a.entry, b.entry));
  return picked.map(({ entry, health }) => snapshot.view(entry, moment, health));
}

/** Roots with their children nested, siblings in the requested order. */
export function goalTree(
  snapshot: GoalSnapshot,
  sort: GoalSortField,
  order: SortOrder,
  moment: Moment,
): GoalTreeNode[] {
  const compare = goalOrder(sort, order);
  const build = (parentId: string | null): GoalTreeNode[] => {
    const siblings = snapshot.children.get(parentId);
    if (!siblings) return [];
    return [...siblings].sort(compare).map((entry) => {
      const node = snapshot.view(entry, moment) as GoalTreeNode;
      node.children = build(entry.record.id);
      return node;
    });
  };
  return build(null);
}
