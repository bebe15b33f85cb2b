import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ChatSessionEntity } from './chat-session.entity';

// Plain string unions rather than @seraph/contracts types: persistence depends on no other lib, and
// the CHECK constraints below hold the same vocabulary. The api maps rows to its contracts.
export type SettingsInterruptionMode = 'focus' | 'balanced' | 'active';
export type SettingsContextWindowStrategy = 'fixed' | 'adaptive';

/** The id of the one settings row; a CHECK keeps the table at exactly this row. */
export const SETTINGS_ROW_ID = 1;

/**
 * The user's settings and the day's attention budget: one row (id 1), inserted by the migration
 * that creates the table. Times of day are `HH:MM` strings in the user's time zone.
 */
@Entity({ name: 'settings' })
@Check('CHK_settings_single_row', `"id" = 1`)
@Check('CHK_settings_interruption_mode', `"interruption_mode" IN ('focus', 'balanced', 'active')`)
@Check('CHK_settings_context_window_strategy', `"context_window_strategy" IN ('fixed', 'adaptive')`)
@Check('CHK_settings_timezone', `"timezone" <> ''`)
@Check('CHK_settings_briefing_time', `"briefing_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('CHK_settings_review_time', `"review_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check(
  'CHK_settings_active_hours_start',
  `"active_hours_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
)
@Check('CHK_settings_active_hours_end', `"active_hours_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check('CHK_settings_attention_budget_remaining', `"attention_budget_remaining" >= 0`)
export class SettingsEntity {
  @PrimaryColumn({
    type: 'smallint',
    default: SETTINGS_ROW_ID,
    primaryKeyConstraintName: 'PK_settings',
  })
  id!: number;

  @Column({ name: 'interruption_mode', type: 'varchar', length: 16, default: 'balanced' })
  interruptionMode!: SettingsInterruptionMode;

  @Column({ name: 'context_window_strategy', type: 'varchar', length: 16, default: 'adaptive' })
  contextWindowStrategy!: SettingsContextWindowStrategy;

  /** IANA time-zone name, validated by the api. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timezone!: string;

  @Column({ name: 'briefing_time', type: 'char', length: 5, default: '08:00' })
  briefingTime!: string;

  @Column({ name: 'review_time', type: 'char', length: 5, default: '21:00' })
  reviewTime!: string;

  @Column({ name: 'active_hours_start', type: 'char', length: 5, default: '08:00' })
  activeHoursStart!: string;

  @Column({ name: 'active_hours_end', type: 'char', length: 5, default: '22:00' })
  activeHoursEnd!: string;

  /** Interruptions left on `attentionBudgetDate`; a later local date means a fresh budget. */
  @Column({ name: 'attention_budget_remaining', type: 'smallint', default: 5 })
  attentionBudgetRemaining!: number;

  /** The user's calendar date (`YYYY-MM-DD`) the budget was granted for. */
  @Column({ name: 'attention_budget_date', type: 'date' })
  attentionBudgetDate!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => ChatSessionEntity, { onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'seraph_session_id', foreignKeyConstraintName: 'FK_settings_seraph_session' })
  seraphSession?: ChatSessionEntity | null;

  /** The chat session proactive messages and briefings land in; created on first use. */
  @Column({ name: 'seraph_session_id', type: 'uuid', nullable: true })
  seraphSessionId!: string | null;
}
