import type { GoalStatus } from '@seraph/contracts';
import { goalHealth, healthInputs, lastActivity, levelConflict } from '../src';

describe('level fit when a goal changes level', () => {
  it.each([
    ['monthly', 'quarterly', ['weekly', 'daily'], null],
    ['monthly', null, ['daily'], null],
    ['daily', null, [], null],
    ['quarterly', 'quarterly', [], 'parent'],
    ['annual', 'monthly', [], 'parent'],
    ['weekly', 'annual', ['weekly'], 'children'],
    ['daily', null, ['daily'], 'children'],
    ['weekly', 'monthly', ['monthly', 'daily'], 'children'],
  ] as const)('%s under %s with children %j: %s', (level, parent, children, expected) => {
    expect(levelConflict(level, parent, children)).toBe(expected);
  });
});

describe('last activity of a subtree', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, day));
  // a ─ b ─ c      e
  //   └ d
  const goals = [
    { id: 'a', parentId: null, updatedAt: at(1) },
    { id: 'b', parentId: 'a', updatedAt: at(2) },
    { id: 'c', parentId: 'b', updatedAt: at(20) },
    { id: 'd', parentId: 'a', updatedAt: at(5) },
    { id: 'e', parentId: null, updatedAt: at(3) },
  ];

  it('is the latest update of the goal or anything below it', () => {
    const latest = lastActivity(goals);
    expect(latest.get('a')).toBe(at(20).getTime());
    expect(latest.get('b')).toBe(at(20).getTime());
    expect(latest.get('d')).toBe(at(5).getTime());
    expect(latest.get('e')).toBe(at(3).getTime());
  });

  it('keeps a parent from stalling while a child moves', () => {
    const now = at(25);
    const parent = { status: 'active', dueDate: null, createdAt: at(1), progress: 0 } as const;
    const activity = lastActivity(goals);
    expect(goalHealth({ ...parent, updatedAt: at(1) }, now, '2026-01-25').stalled).toBe(true);
    expect(
      goalHealth({ ...parent, updatedAt: new Date(activity.get('a')!) }, now, '2026-01-25').stalled,
    ).toBe(false);
  });

  it('survives a loop in stored data', () => {
    const looped = [
      { id: 'x', parentId: 'y', updatedAt: at(1) },
      { id: 'y', parentId: 'x', updatedAt: at(2) },
    ];
    expect(lastActivity(looped).get('x')).toBeGreaterThanOrEqual(at(1).getTime());
  });
});

describe('healthInputs', () => {
  const at = (iso: string) => new Date(iso);
  const goal = (
    id: string,
    parentId: string | null,
    progress: number,
    updatedAt: string,
    status: GoalStatus = 'active',
  ) => ({
    id,
    parentId,
    progress,
    status,
    dueDate: '2026-12-31',
    createdAt: at('2026-01-01T00:00:00Z'),
    updatedAt: at(updatedAt),
  });

  it('judges shown progress and the subtree’s latest update, in the order given', () => {
    const inputs = healthInputs([
      goal('p', null, 0, '2026-02-01T00:00:00Z'),
      goal('a', 'p', 40, '2026-03-01T00:00:00Z'),
      goal('b', 'p', 80, '2026-01-15T00:00:00Z', 'completed'),
    ]);
    expect(inputs.map((input) => input.progress)).toEqual([70, 40, 100]);
    expect(inputs[0].updatedAt).toEqual(at('2026-03-01T00:00:00Z'));
    expect(inputs[2]).toEqual({
      status: 'completed',
      dueDate: '2026-12-31',
      createdAt: at('2026-01-01T00:00:00Z'),
      updatedAt: at('2026-01-15T00:00:00Z'),
      progress: 100,
    });
  });
});
