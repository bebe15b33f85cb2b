import type { AmbientState } from '@seraph/contracts';

/** Data the avatar's ambient state is computed from, deterministically (PRODUCT §2). */
export interface AmbientInput {
  queuedInsights: number;
  /** The newest Seraph message is a recent proactive one the user has not reacted to. */
  waitingOnUser: boolean;
  activeGoalCount: number;
  /** Titles of active goals that are behind or overdue, most important first. */
  behindGoalTitles: readonly string[];
}

export interface DerivedAmbient {
  state: AmbientState;
  reason: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The avatar's state; first match wins (worker-design.md, Rules). */
export function deriveAmbient(input: AmbientInput): DerivedAmbient {
  if (input.queuedInsights > 0) {
    return { state: 'has_insight', reason: `${plural(input.queuedInsights, 'insight')} waiting` };
  }
  if (input.waitingOnUser) return { state: 'waiting', reason: 'Waiting for your reply' };
  const [first, ...others] = input.behindGoalTitles;
  if (first !== undefined) {
    const more = others.length > 0 ? ` and ${others.length} more` : '';
    return { state: 'goal_behind', reason: `"${first}"${more} behind` };
  }
  if (input.activeGoalCount > 0) {
    return {
      state: 'on_track',
      reason: `${plural(input.activeGoalCount, 'active goal')} on track`,
    };
  }
  return { state: 'idle', reason: 'No active goals' };
}
