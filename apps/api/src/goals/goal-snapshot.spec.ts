import { GoalSnapshot, type GoalRecord } from './goal-snapshot';

const record = (fields: Partial<GoalRecord> = {}): GoalRecord => ({
  id: 'g1',
  title: 'Write the report',
  notes: null,
  level: 'weekly',
  domain: 'productivity',
  status: 'active',
  parentId: null,
  dueDate: '2026-03-10',
  progress: 0,
  createdAt: new Date('2026-03-01T00:00:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
  completedAt: null,
  ...fields,
});

describe('GoalSnapshot health flags', () => {
  it('turns a goal "behind" within a second of the moment it falls behind', () => {
    const snapshot = new GoalSnapshot([record()]);
    const at = (iso: string) => ({ now: new Date(iso), today: iso.slice(0, 10) });
    // Created 1 March, due end of 10 March, no progress: behind once more than 25 % of the time
    // has passed (2026-03-03T12:00 + a bit).
    expect(snapshot.flags(at('2026-03-03T11:00:00.000Z'))[0]).toBe(0);
    expect(snapshot.flags(at('2026-03-03T11:00:00.900Z'))[0]).toBe(0);
    expect(snapshot.flags(at('2026-03-03T13:00:00.000Z'))[0]).toBe(2);
    // Overdue after the due date; flags follow the clock back and forth.
    expect(snapshot.flags(at('2026-03-11T09:00:00.000Z'))[0]).toBe(1 | 2);
    expect(snapshot.flags(at('2026-03-03T11:00:01.000Z'))[0]).toBe(0);
  });
});
