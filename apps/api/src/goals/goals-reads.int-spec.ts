import type { Goal, GoalTreeNode } from '@seraph/contracts';
import { freezeClock, type TestClock } from '../../test/clock';
import { createChain, createGoal, deleteAllGoals, http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

const T0 = '2026-03-01T09:00:00.000Z';

describe('goals api: tree, roll-up, derived health, list filters and sorting', () => {
  let api: TestApp;
  let clock: TestClock;
  const get = async (id: string) =>
    (await http(api).get(`/api/goals/${id}`).expect(200)).body as Goal;
  const list = async (query = '') =>
    (await http(api).get(`/api/goals${query}`).expect(200)).body as Goal[];
  const titles = async (query = '') => (await list(query)).map((g) => g.title);
  const patch = (id: string, body: object) =>
    http(api).patch(`/api/goals/${id}`).send(body).expect(200);

  beforeAll(async () => {
    api = await startTestApp();
    clock = freezeClock(api.app, T0);
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(async () => {
    clock.set(T0);
    await deleteAllGoals(api);
  });

  it('nests roots and children in the tree, each node with derived fields and children', async () => {
    const [vision, annual] = await createChain(api, ['life_vision', 'annual', 'quarterly']);
    clock.advanceDays(1);
    const annual2 = await createGoal(api, {
      level: 'annual',
      parentId: vision.id,
      title: 'annual 2',
    });
    clock.advanceDays(1);
    const lone = await createGoal(api, { title: 'lone daily' });
    const tree = (await http(api).get('/api/goals/tree').expect(200)).body as GoalTreeNode[];

    expect(tree.map((n) => n.id)).toEqual([vision.id, lone.id]);
    expect(tree[0].childCount).toBe(2);
    expect(tree[0].children.map((n) => n.id)).toEqual([annual.id, annual2.id]);
    expect(tree[0].children[0].children.map((n) => n.title)).toEqual(['quarterly goal']);
    expect(tree[0].children[0].children[0].children).toEqual([]);
    expect(tree[1]).toMatchObject({
      childCount: 0,
      children: [],
      overdue: false,
      behind: false,
      stalled: false,
    });

    const byTitleDesc = (await http(api).get('/api/goals/tree?sort=title&order=desc').expect(200))
      .body;
    expect(byTitleDesc.map((n: Goal) => n.title)).toEqual(['lone daily', 'life_vision goal']);
    expect(byTitleDesc[1].children.map((n: Goal) => n.title)).toEqual(['annual goal', 'annual 2']);
  });

  it('rolls progress up: mean of non-abandoned children, completed shows 100, leaves their own', async () => {
    const [vision, annual] = await createChain(api, ['life_vision', 'annual'], { progress: 5 });
    const q1 = await createGoal(api, { level: 'quarterly', parentId: annual.id, progress: 20 });
    const q2 = await createGoal(api, { level: 'quarterly', parentId: annual.id, progress: 60 });
    const q3 = await createGoal(api, { level: 'quarterly', parentId: annual.id, progress: 0 });
    await patch(q3.id, { status: 'abandoned' });
    expect((await get(annual.id)).progress).toBe(40);
    expect((await get(annual.id)).ownProgress).toBe(5);
    expect((await get(vision.id)).progress).toBe(40);

    await patch(q1.id, { status: 'completed' });
    expect((await get(annual.id)).progress).toBe(80);
    await patch(q2.id, { progress: 61 });
    expect((await get(annual.id)).progress).toBe(80.5);

    const tree = (await http(api).get('/api/goals/tree').expect(200)).body as GoalTreeNode[];
    expect(tree[0].progress).toBe(80.5);
    await patch(annual.id, { status: 'completed' });
    expect((await get(vision.id)).progress).toBe(100);
    await patch(q1.id, { status: 'abandoned' });
    await patch(q2.id, { status: 'abandoned' });
    await patch(annual.id, { status: 'active', progress: 33 });
    expect((await get(annual.id)).progress).toBe(33); // every child abandoned: its own again
  });

  it('serves the tree with an ETag: 304 while unchanged, a new body when time or data move', async () => {
    const goal = await createGoal(api, { title: 'due soon', dueDate: '2026-03-02' });
    const first = await http(api).get('/api/goals/tree').expect(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.body[0]).toMatchObject({ id: goal.id, overdue: false });
    const etag = first.headers.etag as string;
    await http(api).get('/api/goals/tree').set('If-None-Match', etag).expect(304);

    // Nothing written, same day, but 11 of its 39 hours have passed at 0 %: now behind.
    clock.set('2026-03-01T20:00:00Z');
    const behind = await http(api).get('/api/goals/tree').set('If-None-Match', etag).expect(200);
    expect(behind.body[0]).toMatchObject({ overdue: false, behind: true });
    clock.set('2026-03-03T09:00:00Z'); // and then overdue
    const later = await http(api).get('/api/goals/tree').expect(200);
    expect(later.body[0]).toMatchObject({ overdue: true, behind: true });

    await patch(goal.id, { status: 'completed' });
    const done = await http(api)
      .get('/api/goals/tree')
      .set('If-None-Match', later.headers.etag)
      .expect(200);
    expect(done.body[0]).toMatchObject({ status: 'completed', overdue: false, progress: 100 });
  });

  describe('derived health through the injected clock', () => {
    it('overdue: due before today and not completed or abandoned', async () => {
      const goal = await createGoal(api, { dueDate: '2026-03-05' });
      const paused = await createGoal(api, { dueDate: '2026-03-05', status: 'paused' });
      const done = await createGoal(api, { dueDate: '2026-03-05', status: 'completed' });
      clock.set('2026-03-05T23:00:00Z');
      expect((await get(goal.id)).overdue).toBe(false); // due today
      clock.set('2026-03-06T00:30:00Z');
      expect(await get(goal.id)).toMatchObject({ overdue: true, behind: true });
      expect(await get(paused.id)).toMatchObject({ overdue: true, behind: false });
      expect((await get(done.id)).overdue).toBe(false);
      expect(await titles('?status=overdue')).toHaveLength(2);
    });

    it("counts 'today' in the user's time zone from settings", async () => {
      const goal = await createGoal(api, { dueDate: '2026-03-05' });
      clock.set('2026-03-05T20:00:00Z');
      expect((await get(goal.id)).overdue).toBe(false);
      await http(api).patch('/api/settings').send({ timezone: 'Pacific/Kiritimati' }).expect(200);
      try {
        expect((await get(goal.id)).overdue).toBe(true); // already 10:00 on the 6th there
        expect((await http(api).get('/api/goals/dashboard').expect(200)).body.today).toBe(
          '2026-03-06',
        );
      } finally {
        await http(api).patch('/api/settings').send({ timezone: 'UTC' }).expect(200);
      }
    });

    it('behind: active and more than 25 points below the time-implied progress', async () => {
      // Created 03-01 09:00, due 03-11 (end of day): 6 days in, about 58 % of the time has passed.
      const slow = await createGoal(api, { title: 'slow', dueDate: '2026-03-11', progress: 30 });
      const fine = await createGoal(api, { title: 'fine', dueDate: '2026-03-11', progress: 34 });
      const paused = await createGoal(api, {
        title: 'paused',
        dueDate: '2026-03-11',
        status: 'paused',
      });
      clock.set('2026-03-07T09:00:00Z');
      expect((await get(slow.id)).behind).toBe(true);
      expect((await get(fine.id)).behind).toBe(false);
      expect((await get(paused.id)).behind).toBe(false);
      expect(await titles('?status=behind')).toEqual(['slow']);
    });

    it('behind judges a parent on its rolled-up progress', async () => {
      const [weekly, daily] = await createChain(api, ['weekly', 'daily'], {
        dueDate: '2026-03-11',
      });
      await patch(weekly.id, { progress: 90 }); // its own progress does not count: it has a child
      clock.set('2026-03-09T09:00:00Z');
      expect((await get(weekly.id)).behind).toBe(true);
      await patch(daily.id, { progress: 90 });
      expect((await get(weekly.id)).behind).toBe(false);
    });

    it('stalled: active and nothing in its subtree updated for 14 days', async () => {
      const [weekly, daily] = await createChain(api, ['weekly', 'daily']);
      const lone = await createGoal(api, { title: 'lone' });
      clock.advanceDays(10);
      await patch(daily.id, { progress: 10 });
      clock.advanceDays(5); // lone: 15 days; weekly: 5 days since its child moved
      expect((await get(lone.id)).stalled).toBe(true);
      expect((await get(weekly.id)).stalled).toBe(false);
      expect(await titles('?status=stalled')).toEqual(['lone']);
      await patch(lone.id, { status: 'paused' });
      expect((await get(lone.id)).stalled).toBe(false);
    });
  });

  describe('list', () => {
    beforeEach(async () => {
      const vision = await createGoal(api, {
        title: 'Become fit',
        level: 'life_vision',
        domain: 'health',
      });
      clock.advanceDays(1);
      await createGoal(api, {
        title: 'Run a half MARATHON',
        level: 'quarterly',
        domain: 'health',
        parentId: vision.id,
        dueDate: '2026-06-01',
        progress: 50,
      });
      clock.advanceDays(1);
      await createGoal(api, {
        title: 'ship the beta',
        domain: 'productivity',
        dueDate: '2026-03-20',
        progress: 80,
      });
      clock.advanceDays(1);
      await createGoal(api, {
        title: 'Read',
        notes: 'Marathon training books',
        domain: 'growth',
        status: 'paused',
        progress: 10,
      });
    });

    it('lists every goal in creation order by default, with derived fields', async () => {
      const goals = await list();
      expect(goals.map((g) => g.title)).toEqual([
        'Become fit',
        'Run a half MARATHON',
        'ship the beta',
        'Read',
      ]);
      expect(goals[0]).toMatchObject({
        childCount: 1,
        progress: 50,
        overdue: false,
        behind: false,
        stalled: false,
      });
    });

    it.each([
      ['?q=marathon', ['Run a half MARATHON', 'Read']],
      ['?q=%20MARATHON%20TRAINING%20', ['Read']],
      ['?q=', ['Become fit', 'Run a half MARATHON', 'ship the beta', 'Read']],
      ['?q=nothing-like-this', []],
      ['?level=quarterly', ['Run a half MARATHON']],
      ['?domain=health', ['Become fit', 'Run a half MARATHON']],
      ['?status=paused', ['Read']],
      ['?status=active&domain=health&level=life_vision', ['Become fit']],
      ['?q=marathon&status=active', ['Run a half MARATHON']],
    ])('filters %s', async (query, expected) => {
      expect(await titles(query)).toEqual(expected);
    });

    it('filters the children of one goal with parentId', async () => {
      const [vision] = await list('?level=life_vision');
      expect(await titles(`?parentId=${vision.id}`)).toEqual(['Run a half MARATHON']);
      expect(await titles('?parentId=0b0e7c1a-6f0e-4a7e-8a9b-0c1d2e3f4a5b')).toEqual([]);
    });

    it.each([
      ['?sort=created&order=desc', ['Read', 'ship the beta', 'Run a half MARATHON', 'Become fit']],
      ['?sort=due', ['ship the beta', 'Run a half MARATHON', 'Become fit', 'Read']],
      ['?sort=due&order=desc', ['Run a half MARATHON', 'ship the beta', 'Read', 'Become fit']],
      ['?sort=progress', ['Read', 'Become fit', 'Run a half MARATHON', 'ship the beta']],
      ['?sort=progress&order=desc', ['ship the beta', 'Run a half MARATHON', 'Become fit', 'Read']],
      ['?sort=title', ['Become fit', 'Read', 'Run a half MARATHON', 'ship the beta']],
      ['?sort=title&order=desc', ['ship the beta', 'Run a half MARATHON', 'Read', 'Become fit']],
    ])(
      'sorts %s (no due date last either way, ties by creation in that order, case ignored)',
      async (query, expected) => {
        expect(await titles(query)).toEqual(expected);
      },
    );

    it('filters on derived statuses and sorts them, as the benchmark query does', async () => {
      clock.set('2026-06-10T09:00:00Z');
      expect(await titles('?status=behind&sort=due')).toEqual([
        'ship the beta',
        'Run a half MARATHON',
      ]);
      expect(await titles('?status=overdue&sort=due&order=desc')).toEqual([
        'Run a half MARATHON',
        'ship the beta',
      ]);
    });
  });
});
