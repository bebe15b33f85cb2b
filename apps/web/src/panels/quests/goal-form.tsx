import { GOAL_DOMAINS, GOAL_LEVELS, type GoalTreeNode } from '@seraph/contracts';
import { useState, type FormEvent } from 'react';
import { ApiError, problemOf } from '../../api/api-client';
import { useGoalsStore } from '../../stores/goals.store';
import { Modal } from '../common/modal';
import {
  DOMAIN_LABEL,
  errorsFromApi,
  initialValues,
  LEVEL_LABEL,
  toRequest,
  validateGoal,
  type FormErrors,
  type GoalFormValues,
} from './goal-form-model';
import { parentOptions } from './goal-tree-utils';

export interface GoalFormProps {
  /** The goal being edited; null to create one. */
  goal: GoalTreeNode | null;
  onClose: () => void;
}

/** Creates or edits a goal in a modal dialog, with inline messages from the client and the api. */
export function GoalForm({ goal, onClose }: GoalFormProps) {
  const tree = useGoalsStore((s) => s.tree);
  const save = useGoalsStore((s) => s.save);
  const [values, setValues] = useState<GoalFormValues>(() => initialValues(goal));
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const parents = parentOptions(tree, values.level, goal?.id);

  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateGoal(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await save(goal?.id ?? null, toRequest(values));
      onClose();
    } catch (error) {
      setErrors(
        error instanceof ApiError
          ? errorsFromApi(error.message, error.details)
          : { form: problemOf(error) },
      );
      setBusy(false);
    }
  };

  const field = (key: keyof GoalFormValues) => ({
    id: `goal-${key}`,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `goal-${key}-error` : undefined,
  });
  const message = (key: keyof GoalFormValues) =>
    errors[key] ? (
      <p id={`goal-${key}-error`} className="field-error">
        <span aria-hidden="true">✖ </span>
        {errors[key]}
      </p>
    ) : null;

  return (
    <Modal title={goal ? 'Edit quest' : 'New quest'} onCancel={onClose}>
      <form className="flex flex-col gap-3" noValidate onSubmit={onSubmit}>
        <label className="field-label" htmlFor="goal-title">
          Title
        </label>
        <input
          {...field('title')}
          className="pixel-input"
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
        />
        {message('title')}
        <div className="grid grid-cols-2 gap-3">
          <div className="flex flex-col gap-1">
            <label className="field-label" htmlFor="goal-level">
              Level
            </label>
            <select
              {...field('level')}
              className="pixel-input"
              value={values.level}
              onChange={(e) => {
                const level = e.target.value as GoalFormValues['level'];
                const stillValid = parentOptions(tree, level, goal?.id).some(
                  (p) => p.id === values.parentId,
                );
                setValues((v) => ({ ...v, level, parentId: stillValid ? v.parentId : '' }));
              }}
            >
              {GOAL_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_LABEL[l]}
                </option>
              ))}
            </select>
            {message('level')}
          </div>
          <div className="flex flex-col gap-1">
            <label className="field-label" htmlFor="goal-domain">
              Domain
            </label>
            <select
              {...field('domain')}
              className="pixel-input"
              value={values.domain}
              onChange={(e) => set('domain', e.target.value as GoalFormValues['domain'])}
            >
              {GOAL_DOMAINS.map((d) => (
                <option key={d} value={d}>
                  {DOMAIN_LABEL[d]}
                </option>
              ))}
            </select>
            {message('domain')}
          </div>
        </div>
        <label className="field-label" htmlFor="goal-parentId">
          Parent
        </label>
        <select
          {...field('parentId')}
          className="pixel-input"
          value={values.parentId}
          onChange={(e) => set('parentId', e.target.value)}
        >
          <option value="">— None (a root quest) —</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {`${'\u00a0\u00a0\u00a0'.repeat(p.depth)}${p.depth ? '└ ' : ''}${p.title}`}
            </option>
          ))}
        </select>
        {message('parentId')}
        <label className="field-label" htmlFor="goal-dueDate">
          Due date
        </label>
        <input
          {...field('dueDate')}
          type="date"
          className="pixel-input"
          value={values.dueDate}
          onChange={(e) => set('dueDate', e.target.value)}
        />
        {message('dueDate')}
        <label className="field-label" htmlFor="goal-notes">
          Notes
        </label>
        <textarea
          {...field('notes')}
          rows={3}
          className="pixel-input"
          value={values.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
        {message('notes')}
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="mt-2 flex justify-end gap-3">
          <button type="button" className="pixel-button pixel-button--ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="pixel-button" disabled={busy}>
            Save
          </button>
        </div>
      </form>
    </Modal>
  );
}
