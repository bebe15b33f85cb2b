import type { GoalDashboard } from '@seraph/contracts';
import { freezeClock, type TestClock } from '../../test/clock';
import { createGoal, http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

const T0 = '2026-03-01T09:00:00.000Z';
const zero = { active: 0, completed: 0, total: 0, progress: 0 };

describe('goals api: dashboard', () => {
  let api: TestApp;
  let clock: TestClock;
  const dashboard = async () =>
    (await http(api).get('/api/goals/dashboard').expect(200)).body as GoalDashboard;

  beforeAll(async () => {
    api = await startTestApp();
    clock = freezeClock(api.app, T0);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('is all zeros without goals', async () => {
    expect(await dashboard()).toEqual({
      today: '2026-03-01',
      domains: {
        productivity: zero,
        performance: zero,
        health: zero,
        influence: zero,
        growth: zero,
      },
      totals: { ...zero, paused: 0, abandoned: 0 },
      health: { overdue: 0, behind: 0, stalled: 0 },
      dueSoon: [],
    });
  });

  it('counts per domain and in total, averages shown progress, and lists what is due soon', async () => {
    const fit = await createGoal(api, { title: 'Fit', level: 'life_vision', domain: 'health' });
    const child = { level: 'quarterly', domain: 'health', parentId: fit.id } as const;
    await createGoal(api, { ...child, title: 'Run', progress: 40 });
    await createGoal(api, { ...child, title: 'Swim', status: 'completed' });
    await createGoal(api, { title: 'Yoga', domain: 'health', status: 'paused', progress: 20 });

    await createGoal(api, { title: 'Ship', progress: 10, dueDate: '2026-03-08' }); // today + 7
    await createGoal(api, { title: 'Plan', dueDate: '2026-03-09' }); // today + 8
    await createGoal(api, { title: 'Tidy', status: 'paused', dueDate: '2026-03-01' }); // today
    await createGoal(api, { title: 'Done', status: 'completed', dueDate: '2026-03-03' });
    await createGoal(api, { title: 'Dropped', status: 'abandoned', dueDate: '2026-03-02' });
    await createGoal(api, { title: 'Late', progress: 5, dueDate: '2026-02-27' });

    const body = await dashboard();
    expect(body.domains).toEqual({
      // Fit shows 70 (mean of Run 40 and Swim 100); (70 + 40 + 100) / 3. Yoga (paused) only in total.
      health: { active: 2, completed: 1, total: 4, progress: 70 },
      // (Ship 10 + Plan 0 + Late 5 + Done 100) / 4 = 28.75
      productivity: { active: 3, completed: 1, total: 6, progress: 28.8 },
      performance: zero,
      influence: zero,
      growth: zero,
    });
    // (70 + 40 + 100 + 10 + 0 + 5 + 100) / 7 = 46.43
    expect(body.totals).toEqual({
      active: 5,
      completed: 2,
      total: 10,
      progress: 46.4,
      paused: 2,
      abandoned: 1,
    });
    expect(body.health).toEqual({ overdue: 1, behind: 1, stalled: 0 });
    expect(body.dueSoon.map((g) => [g.title, g.dueDate])).toEqual([
      ['Tidy', '2026-03-01'],
      ['Ship', '2026-03-08'],
    ]);
    expect(body.dueSoon[1]).toMatchObject({ progress: 10, overdue: false, childCount: 0 });

    clock.advanceDays(15); // 2026-03-16: nothing touched for 15 days
    const later = await dashboard();
    expect(later.today).toBe('2026-03-16');
    // overdue: Ship, Plan, Tidy (paused), Late; behind: the active ones of those; stalled: every
    // active goal (Fit, Run, Ship, Plan, Late).
    expect(later.health).toEqual({ overdue: 4, behind: 3, stalled: 5 });
    expect(later.dueSoon).toEqual([]);
  });
});
