/** Goal ("quest") vocabulary, PRODUCT §1. Levels are listed coarse to fine: order matters. */
export const GOAL_LEVELS = [
  'life_vision',
  'annual',
  'quarterly',
  'monthly',
  'weekly',
  'daily',
] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export const GOAL_DOMAINS = [
  'productivity',
  'performance',
  'health',
  'influence',
  'growth',
] as const;
export type GoalDomain = (typeof GOAL_DOMAINS)[number];

export const GOAL_STATUSES = ['active', 'completed', 'paused', 'abandoned'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Derived conditions, never stored, but filterable like statuses. */
export const GOAL_HEALTH_FLAGS = ['overdue', 'behind', 'stalled'] as const;
export type GoalHealthFlag = (typeof GOAL_HEALTH_FLAGS)[number];
