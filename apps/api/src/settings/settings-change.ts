import { budgetAfterModeChange, localDate } from '@seraph/attention';
import type { EditableSettings, UpdateSettingsRequest } from '@seraph/contracts';

/** What a change of the settings reads and writes: the editable fields and the day's budget. */
export interface StoredSettings extends EditableSettings {
  attentionBudgetRemaining: number;
  /** `YYYY-MM-DD`, the user's date the budget belongs to. */
  attentionBudgetDate: string;
}

export type SettingsChange =
  | { ok: true; next: StoredSettings; changed: boolean }
  | { ok: false; details: { field: string; rule: string }[] };

const EDITABLE_FIELDS = [
  'interruptionMode',
  'contextWindowStrategy',
  'timezone',
  'briefingTime',
  'reviewTime',
  'activeHoursStart',
  'activeHoursEnd',
] as const satisfies readonly (keyof EditableSettings)[];

/**
 * Applies a validated patch at the instant `now`. A different interruption mode starts the day's
 * budget over at the new mode's default, dated in the (possibly new) time zone. Setting values the
 * settings already have is no change (nothing is written or announced). Active hours must not
 * start when they end: that would mean neither "never" nor "always" unambiguously.
 */
export function applySettingsPatch(
  current: StoredSettings,
  patch: UpdateSettingsRequest,
  now: Date,
): SettingsChange {
  const next: StoredSettings = { ...current };
  for (const field of EDITABLE_FIELDS) {
    const value = patch[field];
    if (value !== undefined) (next as Record<typeof field, unknown>)[field] = value;
  }

  const touchesActiveHours =
    patch.activeHoursStart !== undefined || patch.activeHoursEnd !== undefined;
  if (touchesActiveHours && next.activeHoursStart === next.activeHoursEnd) {
    const details = [];
    if (patch.activeHoursStart !== undefined) {
      details.push({ field: 'activeHoursStart', rule: 'must differ from activeHoursEnd' });
    }
    if (patch.activeHoursEnd !== undefined) {
      details.push({ field: 'activeHoursEnd', rule: 'must differ from activeHoursStart' });
    }
    return { ok: false, details };
  }

  const changed = EDITABLE_FIELDS.some((field) => next[field] !== current[field]);
  if (next.interruptionMode !== current.interruptionMode) {
    const budget = budgetAfterModeChange(
      { remaining: current.attentionBudgetRemaining, date: current.attentionBudgetDate },
      current.interruptionMode,
      next.interruptionMode,
      localDate(now, next.timezone),
    );
    next.attentionBudgetRemaining = budget.remaining;
    next.attentionBudgetDate = budget.date;
  }
  return { ok: true, next, changed };
}
