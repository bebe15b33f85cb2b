import type { GoalTreeNode } from '@seraph/contracts';
import { useState } from 'react';
import { PixelIcon } from '../../hud/pixel-icon';
import { UI_SPRITES } from '../common/ui-sprites';
import { DOMAIN_LABEL, LEVEL_LABEL } from './goal-form-model';

export interface GoalActions {
  onComplete: (goal: GoalTreeNode) => void;
  onEdit: (goal: GoalTreeNode) => void;
  onDelete: (goal: GoalTreeNode) => void;
}

/** One quest with its sub-quests: level badge, domain, progress and its actions. */
export function GoalNode({ goal, ...actions }: { goal: GoalTreeNode } & GoalActions) {
  const [expanded, setExpanded] = useState(true);
  const done = goal.status === 'completed';
  const hasChildren = goal.children.length > 0;
  return (
    <li className="goal-node" data-domain={goal.domain} data-testid="goal-node">
      <div className="goal-row">
        {hasChildren ? (
          <button
            type="button"
            className="icon-button"
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Collapse' : 'Expand'} ${goal.title}`}
            onClick={() => setExpanded(!expanded)}
          >
            <PixelIcon pattern={expanded ? UI_SPRITES.shut : UI_SPRITES.open} scale={2} />
          </button>
        ) : (
          <span className="w-[26px] flex-none" aria-hidden="true" />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <span className="level-badge">{LEVEL_LABEL[goal.level]}</span>
            <span className={done ? 'goal-title goal-title--done' : 'goal-title'}>
              {done && <span className="sr-only">Completed: </span>}
              {goal.title}
            </span>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <span className="domain-tag">{DOMAIN_LABEL[goal.domain]}</span>
            {goal.status !== 'active' && <span className="flag-tag">{goal.status}</span>}
            {goal.overdue && <span className="flag-tag flag-tag--bad">⚠ Overdue</span>}
            {goal.behind && <span className="flag-tag flag-tag--warn">▼ Behind</span>}
            {goal.stalled && <span className="flag-tag">… Stalled</span>}
            {goal.dueDate && <span className="meta-text">Due {goal.dueDate}</span>}
          </div>
          <div className="mt-1.5 flex items-center gap-2">
            <div
              className="progress-track"
              role="progressbar"
              aria-label={`Progress of ${goal.title}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={goal.progress}
            >
              <div className="progress-fill" style={{ width: `${goal.progress}%` }} />
            </div>
            <span className="meta-text w-[44px] text-right">{Math.round(goal.progress)}%</span>
          </div>
        </div>
        <div className="flex flex-none gap-1">
          {!done && (
            <button
              type="button"
              className="icon-button icon-button--good"
              aria-label={`Complete ${goal.title}`}
              title="Complete"
              onClick={() => actions.onComplete(goal)}
            >
              <PixelIcon pattern={UI_SPRITES.check} scale={2} />
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={`Edit ${goal.title}`}
            title="Edit"
            onClick={() => actions.onEdit(goal)}
          >
            <PixelIcon pattern={UI_SPRITES.pencil} scale={2} />
          </button>
          <button
            type="button"
            className="icon-button icon-button--bad"
            aria-label={`Delete ${goal.title}`}
            title="Delete"
            onClick={() => actions.onDelete(goal)}
          >
            <PixelIcon pattern={UI_SPRITES.trash} scale={2} />
          </button>
        </div>
      </div>
      {hasChildren && expanded && (
        <ul className="goal-children">
          {goal.children.map((child) => (
            <GoalNode key={child.id} goal={child} {...actions} />
          ))}
        </ul>
      )}
    </li>
  );
}
