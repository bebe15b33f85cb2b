import type {
  CreateGoalRequest,
  GoalDashboard,
  GoalTreeNode,
  UpdateGoalRequest,
} from '@seraph/contracts';
import { create } from 'zustand';
import { goalsApi } from '../api/goals-api';
import { patchNode, removeNode } from '../panels/quests/goal-tree-utils';
import { useToastStore } from './toast.store';

interface GoalsStore {
  tree: GoalTreeNode[];
  dashboard: GoalDashboard | null;
  loaded: boolean;
  refresh: () => Promise<void>;
  /** Create or edit from the form: waits for the api and rethrows its error for inline display. */
  save: (id: string | null, body: CreateGoalRequest | UpdateGoalRequest) => Promise<void>;
  complete: (id: string) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

const toast = (text: string) => useToastStore.getState().show(text);

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
      toast(`${failure}: ${(error as Error).message}`);
    }
    await get().refresh();
  };

  return {
    tree: [],
    dashboard: null,
    loaded: false,
    refresh: async () => {
      try {
        const [tree, dashboard] = await Promise.all([goalsApi.tree(), goalsApi.dashboard()]);
        set({ tree, dashboard, loaded: true });
      } catch (error) {
        toast(`Quests could not be loaded: ${(error as Error).message}`);
      }
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
