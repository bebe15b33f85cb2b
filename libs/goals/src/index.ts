export { levelRank, isFinerLevel, levelsAllowedUnder, levelConflict } from './levels';
export { childrenIndex, descendantIds, wouldCreateCycle, type GoalLink } from './hierarchy';
export { lastActivity, type ActivityInput } from './activity';
export { rollUpProgress, type ProgressInput } from './progress';
export {
  goalHealth,
  expectedProgress,
  calendarDate,
  BEHIND_MARGIN_POINTS,
  STALLED_AFTER_DAYS,
  type HealthInput,
  type GoalHealth,
} from './health';
export { healthInputs, type StoredGoalForHealth } from './health-inputs';
