import './quests.css';
import type { GoalTreeNode } from '@seraph/contracts';
import { useEffect, useMemo, useState } from 'react';
import { PixelIcon } from '../../hud/pixel-icon';
import { useGoalsStore } from '../../stores/goals.store';
import { PanelWindow } from '../common/panel-window';
import { UI_SPRITES } from '../common/ui-sprites';
import { ConfirmDelete } from './confirm-delete';
import { DomainStats } from './domain-stats';
import { GoalForm } from './goal-form';
import { GoalNode } from './goal-node';
import { EMPTY_FILTER, filterTree, isFiltering, type QuestFilter } from './goal-tree-utils';
import { QuestFilters } from './quest-filters';

type Dialog = { kind: 'form'; goal: GoalTreeNode | null } | { kind: 'delete'; goal: GoalTreeNode };

/** The quest log: domain stats, search and filters, the goal tree and its dialogs. */
export function QuestPanel() {
  const tree = useGoalsStore((s) => s.tree);
  const loaded = useGoalsStore((s) => s.loaded);
  const [filter, setFilter] = useState<QuestFilter>(EMPTY_FILTER);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // The server orders the tree (the sort and direction chosen in the filters).
  const shown = useMemo(() => filterTree(tree, filter), [tree, filter]);

  useEffect(() => {
    void useGoalsStore.getState().refresh();
  }, []);

  const { complete, remove } = useGoalsStore.getState();
  return (
    <PanelWindow id="quests" title="Quest log" width={600}>
      <div className="flex flex-col gap-3">
        <DomainStats />
        <button
          type="button"
          className="pixel-button self-start"
          onClick={() => setDialog({ kind: 'form', goal: null })}
        >
          <PixelIcon pattern={UI_SPRITES.plus} scale={2} className="mr-2 inline" />
          New goal
        </button>
        <QuestFilters filter={filter} onChange={setFilter} />
        {loaded && shown.length === 0 ? (
          <p className="body-text text-parchment-dim">
            {isFiltering(filter) ? 'No quest matches.' : 'No quests yet. Begin your first!'}
          </p>
        ) : (
          <ul className="goal-tree" aria-label="Quests">
            {shown.map((goal) => (
              <GoalNode
                key={goal.id}
                goal={goal}
                onComplete={(g) => void complete(g.id)}
                onEdit={(g) => setDialog({ kind: 'form', goal: g })}
                onDelete={(g) => setDialog({ kind: 'delete', goal: g })}
              />
            ))}
          </ul>
        )}
      </div>
      {dialog?.kind === 'form' && <GoalForm goal={dialog.goal} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDelete
          goal={dialog.goal}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void remove(dialog.goal.id);
          }}
        />
      )}
    </PanelWindow>
  );
}
