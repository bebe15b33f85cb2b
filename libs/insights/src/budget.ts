import { budgetAsOf, localDate, type AttentionBudget } from '@seraph/attention';
import { SETTINGS_ROW_ID, SettingsEntity } from '@seraph/persistence';
import type { EntityManager } from 'typeorm';

/** Today's budget as it stands (a budget granted for an earlier local day counts as fresh). */
export function budgetToday(settings: SettingsEntity, now: Date): AttentionBudget {
  return budgetAsOf(
    { remaining: settings.attentionBudgetRemaining, date: settings.attentionBudgetDate },
    settings.interruptionMode,
    localDate(now, settings.timezone),
  );
}

/** Spends one interruption of today's budget; call with the settings row locked. */
export async function spendOne(
  manager: EntityManager,
  settings: SettingsEntity,
  now: Date,
): Promise<number> {
  const today = budgetToday(settings, now);
  const remaining = Math.max(0, today.remaining - 1);
  await manager
    .getRepository(SettingsEntity)
    .update(
      { id: SETTINGS_ROW_ID },
      { attentionBudgetRemaining: remaining, attentionBudgetDate: today.date },
    );
  settings.attentionBudgetRemaining = remaining;
  settings.attentionBudgetDate = today.date;
  return remaining;
}
