export { levelRank, isFinerLevel, levelsAllowedUnder } from './levels';
export { childrenIndex, descendantIds, wouldCreateCycle, type GoalLink } from './hierarchy';
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
