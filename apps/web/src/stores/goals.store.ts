import type {
  CreateGoalRequest,
  GoalDashboard,
  GoalSortField,
  GoalTreeNode,
  SortOrder,
  UpdateGoalRequest,
} from '@seraph/contracts';
import { create } from 'zustand';
import { goalsApi } from '../api/goals-api';
import { patchNode, removeNode } from './goal-tree-edits';
import { showFailure } from './toast.store';

/** The sort fields the quest log offers. */
export type QuestSort = Exclude<GoalSortField, 'title'>;

/** The direction each sort starts in: oldest and soonest due first, most advanced first. */
export const DEFAULT_ORDER: Record<QuestSort, SortOrder> = {
  created: 'asc',
  due: 'asc',
  progress: 'desc',
};

interface GoalsStore {
  tree: GoalTreeNode[];
  dashboard: GoalDashboard | null;
  loaded: boolean;
  /** How the server orders siblings (goals without a due date come last in either order). */
  sort: QuestSort;
  order: SortOrder;
  refresh: () => Promise<void>;
  /** Sorts by another field, in that field's usual direction, and reloads the tree. */
  setSort: (sort: QuestSort) => Promise<void>;
  /** Flips ascending / descending and reloads the tree. */
  toggleOrder: () => Promise<void>;
  /** Create or edit from the form: waits for the api and rethrows its error for inline display. */
  save: (id: string | null, body: CreateGoalRequest | UpdateGoalRequest) => Promise<void>;
  complete: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** Counts tree reads, so an answer to an older read (another sort) never replaces a newer one. */
let reads = 0;

export const useGoalsStore = create<GoalsStore>()((set, get) => {
  /** Applies `change` at once; if the api refuses, puts the tree back and says why. */
  const optimistic = async (
    change: (tree: GoalTreeNode[]) => GoalTreeNode[],
    call: () => Promise<unknown>,
    failure: string,
  ) => {
    const before = get().tree;
    set({ tree: change(before) });
    try {
      await call();
    } catch (error) {
      set({ tree: before });
      showFailure(failure, error);
    }
    await get().refresh();
  };

  return {
    tree: [],
    dashboard: null,
    loaded: false,
    sort: 'created',
    order: DEFAULT_ORDER.created,
    refresh: async () => {
      const read = ++reads;
      const { sort, order } = get();
      try {
        const [tree, dashboard] = await Promise.all([
          goalsApi.tree({ sort, order }),
          goalsApi.dashboard(),
        ]);
        if (read === reads) set({ tree, dashboard, loaded: true });
      } catch (error) {
        if (read === reads) showFailure('Quests could not be loaded', error);
      }
    },
    setSort: async (sort) => {
      set({ sort, order: DEFAULT_ORDER[sort] });
      await get().refresh();
    },
    toggleOrder: async () => {
      set({ order: get().order === 'asc' ? 'desc' : 'asc' });
      await get().refresh();
    },
    save: async (id, body) => {
      if (id) await goalsApi.update(id, body as UpdateGoalRequest);
      else await goalsApi.create(body as CreateGoalRequest);
      await get().refresh();
    },
    complete: (id) =>
      optimistic(
        (tree) => patchNode(tree, id, { status: 'completed', progress: 100 }),
        () => goalsApi.update(id, { status: 'completed' }),
        'The quest could not be completed',
      ),
    remove: (id) =>
      optimistic(
        (tree) => removeNode(tree, id),
        () => goalsApi.remove(id, true),
        'The quest could not be deleted',
      ),
  };
});
