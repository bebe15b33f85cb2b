import type {
  CreateGoalRequest,
  GoalDomain,
  GoalLevel,
  GoalTreeNode,
  UpdateGoalRequest,
} from '@seraph/contracts';

export interface GoalFormValues {
  title: string;
  level: GoalLevel;
  domain: GoalDomain;
  parentId: string;
  dueDate: string;
  notes: string;
}

export type FormErrors = Partial<Record<keyof GoalFormValues | 'form', string>>;

/** PRODUCT §1 defaults: a title alone is enough to save. */
export function initialValues(goal?: GoalTreeNode | null, parentId?: string): GoalFormValues {
  return {
    title: goal?.title ?? '',
    level: goal?.level ?? 'daily',
    domain: goal?.domain ?? 'productivity',
    parentId: goal?.parentId ?? parentId ?? '',
    dueDate: goal?.dueDate ?? '',
    notes: goal?.notes ?? '',
  };
}

/** Characters as the api counts them (code points), so an emoji is one, not two. */
const chars = (text: string) => [...text].length;

/** The checks the client can make before asking the api (which checks again). */
export function validateGoal(values: GoalFormValues): FormErrors {
  const errors: FormErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'Title is required.';
  else if (chars(title) > 200) errors.title = 'Title must be at most 200 characters.';
  if (chars(values.notes) > 5000) errors.notes = 'Notes must be at most 5,000 characters.';
  if (values.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate))
    errors.dueDate = 'Due date must be a date.';
  return errors;
}

const FIELDS: (keyof GoalFormValues)[] = [
  'title',
  'level',
  'domain',
  'parentId',
  'dueDate',
  'notes',
];

/** Maps the api's `details` onto the form's fields; anything else becomes a form-level message. */
export function errorsFromApi(
  message: string,
  details: { field: string; rule: string }[],
): FormErrors {
  const errors: FormErrors = {};
  const other: string[] = [];
  for (const { field, rule } of details) {
    const key = FIELDS.find((f) => f === field);
    if (key) errors[key] = `${labelOf(key)} ${rule}.`;
    else other.push(`${field} ${rule}`);
  }
  if (other.length > 0 || details.length === 0) errors.form = other.join('; ') || message;
  return errors;
}

function labelOf(field: keyof GoalFormValues): string {
  const labels: Record<keyof GoalFormValues, string> = {
    title: 'Title',
    level: 'Level',
    domain: 'Domain',
    parentId: 'Parent',
    dueDate: 'Due date',
    notes: 'Notes',
  };
  return labels[field];
}

export function toRequest(values: GoalFormValues): CreateGoalRequest & UpdateGoalRequest {
  return {
    title: values.title.trim(),
    level: values.level,
    domain: values.domain,
    parentId: values.parentId || null,
    dueDate: values.dueDate || null,
    notes: values.notes.trim() ? values.notes : null,
  };
}

export const LEVEL_LABEL: Record<GoalLevel, string> = {
  life_vision: 'Life vision',
  annual: 'Annual',
  quarterly: 'Quarterly',
  monthly: 'Monthly',
  weekly: 'Weekly',
  daily: 'Daily',
};

export const DOMAIN_LABEL: Record<GoalDomain, string> = {
  productivity: 'Productivity',
  performance: 'Performance',
  health: 'Health',
  influence: 'Influence',
  growth: 'Growth',
};
