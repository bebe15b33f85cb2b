import { descendantIds, isFinerLevel, levelsAllowedUnder, wouldCreateCycle } from '../src';

describe('level order', () => {
  it.each([
    ['annual', 'life_vision', true],
    ['daily', 'weekly', true],
    ['daily', 'life_vision', true],
    ['weekly', 'weekly', false],
    ['monthly', 'weekly', false],
    ['life_vision', 'daily', false],
  ] as const)('%s under %s allowed: %s', (child, parent, allowed) => {
    expect(isFinerLevel(child, parent)).toBe(allowed);
  });

  it('offers only finer levels under a parent', () => {
    expect(levelsAllowedUnder('monthly')).toEqual(['weekly', 'daily']);
    expect(levelsAllowedUnder('daily')).toEqual([]);
  });
});

describe('cycles', () => {
  // a ─ b ─ c
  //   └ d
  const goals = [
    { id: 'a', parentId: null },
    { id: 'b', parentId: 'a' },
    { id: 'c', parentId: 'b' },
    { id: 'd', parentId: 'a' },
    { id: 'e', parentId: null },
  ];

  it('finds every descendant', () => {
    expect([...descendantIds(goals, 'a')].sort()).toEqual(['b', 'c', 'd']);
    expect(descendantIds(goals, 'c').size).toBe(0);
  });

  it.each([
    ['a', 'a', true],
    ['a', 'c', true],
    ['b', 'c', true],
    ['b', 'd', false],
    ['c', 'e', false],
    ['e', 'c', false],
  ])('moving %s under %s makes a cycle: %s', (id, parent, cycle) => {
    expect(wouldCreateCycle(goals, id, parent)).toBe(cycle);
  });
});
