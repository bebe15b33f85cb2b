import type { GoalTreeNode } from '@seraph/contracts';
import { Modal } from '../common/modal';
import { countDescendants } from './goal-tree-utils';

export interface ConfirmDeleteProps {
  goal: GoalTreeNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting, and says how many sub-quests would go with it. */
export function ConfirmDelete({ goal, onConfirm, onCancel }: ConfirmDeleteProps) {
  const count = countDescendants(goal);
  return (
    <Modal title="Delete quest?" onCancel={onCancel} className="max-w-[440px]">
      <p className="body-text mb-2">
        Delete <strong>“{goal.title}”</strong>?
      </p>
      <p className="body-text mb-4" data-testid="delete-count">
        {count === 0
          ? 'It has no sub-goals.'
          : `${count} sub-goal${count === 1 ? '' : 's'} will be deleted with it.`}
      </p>
      <div className="flex justify-end gap-3">
        <button type="button" className="pixel-button pixel-button--ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="pixel-button pixel-button--danger" onClick={onConfirm}>
          Delete
        </button>
      </div>
    </Modal>
  );
}
