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
  MAX_TIME_ZONE_LENGTH,
  TIME_OF_DAY_PATTERN,
} from './local-time';
export { toUserState } from './user-state';
