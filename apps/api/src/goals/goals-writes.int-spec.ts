import { GOAL_DOMAINS, GOAL_LEVELS, GOAL_STATUSES, type Goal } from '@seraph/contracts';
import { freezeClock, type TestClock } from '../../test/clock';
import { createChain, createGoal, http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

const T0 = '2026-03-01T09:00:00.000Z';

describe('goals api: writes and tree rules', () => {
  let api: TestApp;
  let clock: TestClock;
  const get = async (id: string) =>
    (await http(api).get(`/api/goals/${id}`).expect(200)).body as Goal;
  const patch = (id: string, body: object) => http(api).patch(`/api/goals/${id}`).send(body);

  beforeAll(async () => {
    api = await startTestApp();
    clock = freezeClock(api.app, T0);
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(() => clock.set(T0));

  describe('create', () => {
    it('needs only a title, trims it, and fills the product defaults', async () => {
      const response = await http(api)
        .post('/api/goals')
        .send({ title: '  Inbox zero  ' })
        .expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: 'Inbox zero',
        notes: null,
        level: 'daily',
        domain: 'productivity',
        status: 'active',
        parentId: null,
        dueDate: null,
        progress: 0,
        ownProgress: 0,
        createdAt: T0,
        updatedAt: T0,
        completedAt: null,
        overdue: false,
        behind: false,
        stalled: false,
        childCount: 0,
      });
      expect(await get(response.body.id)).toEqual(response.body);
    });

    it('keeps every given field', async () => {
      const goal = await createGoal(api, {
        title: 'Run a half marathon',
        notes: 'Sub 2 hours.\nTrain 4x a week.',
        level: 'quarterly',
        domain: 'health',
        status: 'paused',
        dueDate: '2026-06-30',
        progress: 35,
      });
      expect(goal).toMatchObject({
        notes: 'Sub 2 hours.\nTrain 4x a week.',
        level: 'quarterly',
        domain: 'health',
        status: 'paused',
        dueDate: '2026-06-30',
        progress: 35,
        ownProgress: 35,
      });
    });

    it('accepts every level, domain and status of the contracts', async () => {
      for (const level of GOAL_LEVELS) expect((await createGoal(api, { level })).level).toBe(level);
      for (const domain of GOAL_DOMAINS)
        expect((await createGoal(api, { domain })).domain).toBe(domain);
      for (const status of GOAL_STATUSES)
        expect((await createGoal(api, { status })).status).toBe(status);
    });

    it('counts title length in characters as people see them, and stores blank notes as none', async () => {
      const goal = await createGoal(api, { title: '🏃'.repeat(200), notes: '   ' });
      expect([...goal.title]).toHaveLength(200);
      expect(goal.notes).toBeNull();
      await http(api)
        .post('/api/goals')
        .send({ title: '🏃'.repeat(201) })
        .expect(400);
      await http(api)
        .post('/api/goals')
        .send({ title: 't', notes: 'n'.repeat(5000) })
        .expect(201);
    });

    it('creating a completed goal sets progress 100 and completedAt', async () => {
      const goal = await createGoal(api, { status: 'completed', progress: 10 });
      expect(goal).toMatchObject({
        status: 'completed',
        progress: 100,
        ownProgress: 100,
        completedAt: T0,
      });
    });

    it('puts a goal under a coarser parent and counts it as a child', async () => {
      const parent = await createGoal(api, { level: 'weekly' });
      const child = await createGoal(api, { parentId: parent.id });
      expect(child.parentId).toBe(parent.id);
      expect((await get(parent.id)).childCount).toBe(1);
    });

    it.each([
      ['the same level', 'weekly', 'weekly', 'level'],
      ['a coarser level', 'weekly', 'monthly', 'level'],
      ['the default daily level under a daily goal', 'daily', undefined, 'parentId'],
    ] as const)('refuses a child of %s (409)', async (_what, parentLevel, level, field) => {
      const parent = await createGoal(api, { level: parentLevel });
      const response = await http(api)
        .post('/api/goals')
        .send({ title: 'child', parentId: parent.id, ...(level ? { level } : {}) })
        .expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: expect.stringMatching(/cannot sit under a .* goal/),
        details: [{ field, rule: `must leave the goal finer than its ${parentLevel} parent` }],
      });
    });

    it('answers an unknown parentId with 404 naming parentId', async () => {
      const missing = '5b1f7a52-2c43-4b7e-9d0a-6e8f1c2b3d4e';
      const response = await http(api)
        .post('/api/goals')
        .send({ title: 'x', parentId: missing })
        .expect(404);
      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: `The parent goal does not exist: no goal has id ${missing}`,
        details: [{ field: 'parentId', rule: 'must be the id of an existing goal' }],
      });
    });
  });

  describe('update', () => {
    it('changes any field, trims the title, clears with null, and stamps updatedAt', async () => {
      const goal = await createGoal(api, { notes: 'old', dueDate: '2026-04-01' });
      clock.advanceDays(2);
      const response = await patch(goal.id, {
        title: '  Renamed ',
        notes: null,
        dueDate: null,
        domain: 'growth',
        progress: 70,
        level: 'weekly',
      }).expect(200);
      expect(response.body).toMatchObject({
        title: 'Renamed',
        notes: null,
        dueDate: null,
        domain: 'growth',
        progress: 70,
        level: 'weekly',
        createdAt: T0,
        updatedAt: '2026-03-03T09:00:00.000Z',
      });
      expect(await get(goal.id)).toEqual(response.body);
    });

    it('completing sets progress 100 and completedAt; re-opening clears completedAt', async () => {
      const goal = await createGoal(api, { progress: 30 });
      clock.advanceDays(1);
      const done = (await patch(goal.id, { status: 'completed' }).expect(200)).body as Goal;
      expect(done).toMatchObject({
        progress: 100,
        ownProgress: 100,
        completedAt: '2026-03-02T09:00:00.000Z',
      });

      clock.advanceDays(1);
      const again = (await patch(goal.id, { status: 'completed', progress: 40 }).expect(200)).body;
      expect(again).toMatchObject({ progress: 100, completedAt: '2026-03-02T09:00:00.000Z' });

      const reopened = (await patch(goal.id, { status: 'active', progress: 80 }).expect(200)).body;
      expect(reopened).toMatchObject({ status: 'active', progress: 80, completedAt: null });
    });

    it('moves a goal to another parent or to the root', async () => {
      const [annual, quarterly] = await createChain(api, ['annual', 'quarterly']);
      const other = await createGoal(api, { level: 'life_vision' });
      const moved = (await patch(quarterly.id, { parentId: other.id }).expect(200)).body as Goal;
      expect(moved.parentId).toBe(other.id);
      expect((await get(annual.id)).childCount).toBe(0);
      expect((await get(other.id)).childCount).toBe(1);
      expect((await patch(quarterly.id, { parentId: null }).expect(200)).body.parentId).toBeNull();
    });

    it('moves and re-levels in one change when together they fit', async () => {
      const annual = await createGoal(api, { level: 'annual' });
      const weekly = await createGoal(api, { level: 'weekly' });
      await patch(weekly.id, { parentId: annual.id, level: 'annual' }).expect(409);
      const moved = (
        await patch(weekly.id, { parentId: annual.id, level: 'quarterly' }).expect(200)
      ).body;
      expect(moved).toMatchObject({ parentId: annual.id, level: 'quarterly' });
    });

    it('refuses a move under a goal that is not coarser (409 on parentId)', async () => {
      const weekly = await createGoal(api, { level: 'weekly' });
      const monthly = await createGoal(api, { level: 'monthly' });
      const response = await patch(monthly.id, { parentId: weekly.id }).expect(409);
      expect(response.body.details).toEqual([
        { field: 'parentId', rule: 'must leave the goal finer than its weekly parent' },
      ]);
      expect((await get(monthly.id)).parentId).toBeNull();
    });

    it.each([
      ['itself', 0, 'A goal cannot sit under itself'],
      ['its child', 1, 'is below this goal; moving the goal under it would make a loop'],
      ['its grandchild', 2, 'is below this goal; moving the goal under it would make a loop'],
    ])('refuses to move a goal under %s (409, tree unchanged)', async (_what, depth, message) => {
      const chain = await createChain(api, ['life_vision', 'annual', 'quarterly']);
      const response = await patch(chain[0].id, { parentId: chain[depth].id }).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        error: 'Conflict',
        message: expect.stringContaining(message),
        details: [{ field: 'parentId', rule: 'must not be the goal itself or a goal below it' }],
      });
      expect((await get(chain[0].id)).parentId).toBeNull();
      expect((await get(chain[1].id)).parentId).toBe(chain[0].id);
    });

    it('keeps a changed level finer than the parent and coarser than the children', async () => {
      const [, quarterly] = await createChain(api, ['annual', 'quarterly', 'weekly']);
      const tooFine = await patch(quarterly.id, { level: 'daily' }).expect(409);
      expect(tooFine.body.details).toEqual([
        { field: 'level', rule: "must stay coarser than the goal's weekly children" },
      ]);
      const tooCoarse = await patch(quarterly.id, { level: 'annual' }).expect(409);
      expect(tooCoarse.body.details).toEqual([
        { field: 'level', rule: 'must leave the goal finer than its annual parent' },
      ]);
      expect((await patch(quarterly.id, { level: 'monthly' }).expect(200)).body.level).toBe(
        'monthly',
      );
    });

    it('answers unknown ids with 404 naming the field', async () => {
      const missing = 'a3c1e7f0-8b2d-4f6a-9e5c-1d2b3a4c5e6f';
      const goal = await createGoal(api);
      expect((await patch(missing, { title: 'x' }).expect(404)).body.details).toEqual([
        { field: 'id', rule: 'must be the id of an existing goal' },
      ]);
      expect((await patch(goal.id, { parentId: missing }).expect(404)).body.details).toEqual([
        { field: 'parentId', rule: 'must be the id of an existing goal' },
      ]);
      await http(api).get(`/api/goals/${missing}`).expect(404);
    });

    it('lets exactly one of two crossing moves win, so no cycle can form', async () => {
      const a = await createGoal(api, { level: 'annual' });
      const b = await createGoal(api, { level: 'annual' });
      // Each move alone is fine level-wise once the mover becomes quarterly.
      const results = await Promise.all([
        patch(a.id, { parentId: b.id, level: 'quarterly' }),
        patch(b.id, { parentId: a.id, level: 'quarterly' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    });
  });
});
