import type { GoalStatus } from '@seraph/contracts';
import { calendarDate, expectedProgress, goalHealth, rollUpProgress } from '../src';

const g = (
  id: string,
  parentId: string | null,
  progress: number,
  status: GoalStatus = 'active',
) => ({
  id,
  parentId,
  progress,
  status,
});

describe('progress roll-up', () => {
  it('shows a leaf its own progress and a parent the mean of its children', () => {
    const shown = rollUpProgress([g('p', null, 0), g('a', 'p', 40), g('b', 'p', 80)]);
    expect(shown.get('a')).toBe(40);
    expect(shown.get('p')).toBe(60);
  });

  it('rolls up through several levels and ignores abandoned children', () => {
    const shown = rollUpProgress([
      g('root', null, 0),
      g('mid', 'root', 0),
      g('x', 'mid', 30),
      g('y', 'mid', 90),
      g('gone', 'mid', 0, 'abandoned'),
      g('done', 'root', 10, 'completed'),
    ]);
    expect(shown.get('mid')).toBe(60);
    expect(shown.get('done')).toBe(100);
    expect(shown.get('root')).toBe(80);
  });

  it('shows 100 for a completed parent whatever its children say', () => {
    const shown = rollUpProgress([g('p', null, 20, 'completed'), g('c', 'p', 10)]);
    expect(shown.get('p')).toBe(100);
  });

  it('falls back to own progress when every child is abandoned', () => {
    const shown = rollUpProgress([g('p', null, 35), g('c', 'p', 90, 'abandoned')]);
    expect(shown.get('p')).toBe(35);
  });
});

describe('derived health', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const today = '2026-06-15';
  const base = {
    status: 'active' as GoalStatus,
    dueDate: null as string | null,
    createdAt: new Date('2026-06-01T00:00:00Z'),
    updatedAt: new Date('2026-06-14T00:00:00Z'),
    progress: 0,
  };

  it.each([
    ['due yesterday, active', { dueDate: '2026-06-14' }, { overdue: true, behind: true }],
    ['due today', { dueDate: '2026-06-15' }, { overdue: false }],
    [
      'due yesterday but completed',
      { dueDate: '2026-06-14', status: 'completed' },
      { overdue: false, behind: false },
    ],
    [
      'due yesterday, paused',
      { dueDate: '2026-06-14', status: 'paused' },
      { overdue: true, behind: false },
    ],
    [
      'due yesterday, abandoned',
      { dueDate: '2026-06-14', status: 'abandoned' },
      { overdue: false },
    ],
    ['half time gone, 0 %', { dueDate: '2026-06-29' }, { behind: true }],
    ['half time gone, 30 %', { dueDate: '2026-06-29', progress: 30 }, { behind: false }],
    ['no due date, 0 %', {}, { behind: false, overdue: false }],
    ['updated 15 days ago', { updatedAt: new Date('2026-05-31T11:00:00Z') }, { stalled: true }],
    ['updated 13 days ago', { updatedAt: new Date('2026-06-02T12:00:00Z') }, { stalled: false }],
    [
      'paused, untouched',
      { status: 'paused', updatedAt: new Date('2026-01-01T00:00:00Z') },
      { stalled: false },
    ],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(goalHealth({ ...base, ...overrides } as typeof base, now, today)).toMatchObject(
      expected,
    );
  });

  it('expects progress in proportion to the time elapsed', () => {
    const expected = expectedProgress(
      { createdAt: new Date('2026-06-01T00:00:00Z'), dueDate: '2026-06-30' },
      now,
    );
    expect(expected).toBeGreaterThan(45);
    expect(expected).toBeLessThan(50);
  });

  it("uses the user's time zone for today", () => {
    const instant = new Date('2026-06-15T23:30:00Z');
    expect(calendarDate(instant, 'UTC')).toBe('2026-06-15');
    expect(calendarDate(instant, 'Europe/Berlin')).toBe('2026-06-16');
    expect(calendarDate(instant, 'America/Los_Angeles')).toBe('2026-06-15');
  });
});
