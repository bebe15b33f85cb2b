export {
  dailyBudget,
  freshBudget,
  budgetAsOf,
  budgetAfterModeChange,
  type AttentionBudget,
} from './attention-budget';
export {
  localDate,
  canonicalTimeZone,
  minutesOfDay,
  localMinutes,
  localClockTime,
  localWeekday,
  localDayLabel,
  isWithinActiveHours,
  timeOfDayBand,
  MAX_TIME_ZONE_LENGTH,
  TIME_OF_DAY_PATTERN,
  type TimeOfDayBand,
} from './local-time';
export {
  toUserState,
  deriveUserState,
  TRANSITION_MINUTES,
  AWAY_AFTER_MINUTES,
  type CalendarSlot,
  type UserStateInput,
  type DerivedUserState,
} from './user-state';
export { decideDelivery, type GateInput, type GateDecision } from './delivery-gate';
export { deriveAmbient, type AmbientInput, type DerivedAmbient } from './ambient-state';
export { insightFingerprint, REPEAT_WINDOW_HOURS, type InsightIdentity } from './fingerprints';
