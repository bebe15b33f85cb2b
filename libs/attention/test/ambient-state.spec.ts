import type { AmbientState } from '@seraph/contracts';
import { deriveAmbient, type AmbientInput } from '../src';

const NONE: AmbientInput = {
  queuedInsights: 0,
  waitingOnUser: false,
  activeGoalCount: 0,
  behindGoalTitles: [],
};

describe('deriveAmbient: precedence (has_insight > waiting > goal_behind > on_track > idle)', () => {
  // Every combination of the four signals, with the state written out by hand.
  // prettier-ignore
  it.each<[number, boolean, string[], number, AmbientState]>([
    // queued, waiting, behind, active goals → state
    [0, false, [], 0, 'idle'],
    [0, false, [], 3, 'on_track'],
    [0, false, ['Run'], 0, 'goal_behind'], // inconsistent input: behind titles still win
    [0, false, ['Run'], 3, 'goal_behind'],
    [0, true, [], 0, 'waiting'],
    [0, true, [], 3, 'waiting'],
    [0, true, ['Run'], 0, 'waiting'],
    [0, true, ['Run'], 3, 'waiting'],
    [2, false, [], 0, 'has_insight'],
    [2, false, [], 3, 'has_insight'],
    [2, false, ['Run'], 0, 'has_insight'],
    [2, false, ['Run'], 3, 'has_insight'],
    [2, true, [], 0, 'has_insight'],
    [2, true, [], 3, 'has_insight'],
    [2, true, ['Run'], 0, 'has_insight'],
    [2, true, ['Run'], 3, 'has_insight'],
  ])('queued %i, waiting %p, behind %j, active %i → %s', (queued, waiting, behind, active, state) => {
    const input = {
      queuedInsights: queued,
      waitingOnUser: waiting,
      behindGoalTitles: behind,
      activeGoalCount: active,
    };
    expect(deriveAmbient(input).state).toBe(state);
  });
});

describe('deriveAmbient: reasons', () => {
  // prettier-ignore
  it.each<[Partial<AmbientInput>, AmbientState, string]>([
    [{ queuedInsights: 1 }, 'has_insight', '1 insight waiting'],
    [{ queuedInsights: 2 }, 'has_insight', '2 insights waiting'],
    [{ waitingOnUser: true }, 'waiting', 'Waiting for your reply'],
    [{ behindGoalTitles: ['Run a marathon'], activeGoalCount: 1 }, 'goal_behind', '"Run a marathon" behind'],
    [{ behindGoalTitles: ['Run a marathon', 'Read'], activeGoalCount: 2 }, 'goal_behind', '"Run a marathon" and 1 more behind'],
    [{ behindGoalTitles: ['Run a marathon', 'Learn Rust', 'Read'], activeGoalCount: 4 }, 'goal_behind', '"Run a marathon" and 2 more behind'],
    [{ activeGoalCount: 1 }, 'on_track', '1 active goal on track'],
    [{ activeGoalCount: 4 }, 'on_track', '4 active goals on track'],
    [{}, 'idle', 'No active goals'],
  ])('%j → %s: %s', (change, state, reason) => {
    expect(deriveAmbient({ ...NONE, ...change })).toEqual({ state, reason });
  });
});
