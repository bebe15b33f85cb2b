import type { InterruptionModeResponse, Settings, UserState } from '@seraph/contracts';
import type { SettingsEntity } from '@seraph/persistence';
import type { AttentionBudget } from '@seraph/attention';

/** The settings row as the api shows it (the budget is not a setting; see the interruption mode). */
export function toSettings(row: SettingsEntity): Settings {
  return {
    interruptionMode: row.interruptionMode,
    contextWindowStrategy: row.contextWindowStrategy,
    timezone: row.timezone,
    briefingTime: row.briefingTime,
    reviewTime: row.reviewTime,
    activeHoursStart: row.activeHoursStart,
    activeHoursEnd: row.activeHoursEnd,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toInterruptionModeResponse(
  row: SettingsEntity,
  budget: AttentionBudget,
  userState: UserState,
): InterruptionModeResponse {
  return { mode: row.interruptionMode, attentionBudgetRemaining: budget.remaining, userState };
}
