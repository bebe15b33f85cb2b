/** Attention vocabulary, PRODUCT §2. */
export const INTERRUPTION_MODES = ['focus', 'balanced', 'active'] as const;
export type InterruptionMode = (typeof INTERRUPTION_MODES)[number];

/** Daily attention budget a mode starts the day with. */
export const DAILY_ATTENTION_BUDGET: Readonly<Record<InterruptionMode, number>> = {
  focus: 0,
  balanced: 5,
  active: 15,
};

export const USER_STATES = [
  'deep_work',
  'in_meeting',
  'transitioning',
  'away',
  'winding_down',
  'available',
] as const;
export type UserState = (typeof USER_STATES)[number];

export const AMBIENT_STATES = [
  'has_insight',
  'goal_behind',
  'on_track',
  'waiting',
  'idle',
] as const;
export type AmbientState = (typeof AMBIENT_STATES)[number];

export const INSIGHT_TYPES = ['advisory', 'nudge', 'alert'] as const;
export type InsightType = (typeof INSIGHT_TYPES)[number];

export const CONTEXT_WINDOW_STRATEGIES = ['fixed', 'adaptive'] as const;
export type ContextWindowStrategy = (typeof CONTEXT_WINDOW_STRATEGIES)[number];

export const CALENDAR_STATUSES = ['not_configured', 'ok', 'error'] as const;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];
