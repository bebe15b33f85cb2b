import { DAILY_ATTENTION_BUDGET, GOAL_LEVELS, INTERRUPTION_MODES, SOCKET_EVENTS } from '../src';

describe('contracts', () => {
  it('lists goal levels from coarsest to finest, as the level-order rule relies on', () => {
    expect(GOAL_LEVELS[0]).toBe('life_vision');
    expect(GOAL_LEVELS[GOAL_LEVELS.length - 1]).toBe('daily');
    expect(new Set(GOAL_LEVELS).size).toBe(GOAL_LEVELS.length);
  });

  it('gives every interruption mode its daily budget (focus 0, balanced 5, active 15)', () => {
    expect(INTERRUPTION_MODES.map((m) => DAILY_ATTENTION_BUDGET[m])).toEqual([0, 5, 15]);
  });

  it('names socket events uniquely', () => {
    const names = Object.values(SOCKET_EVENTS);
    expect(new Set(names).size).toBe(names.length);
  });
});
