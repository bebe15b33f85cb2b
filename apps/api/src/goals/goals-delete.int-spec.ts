import type { Goal } from '@seraph/contracts';
import { waitFor } from '@seraph/testing';
import { Client } from 'pg';
import { freezeClock, type TestClock } from '../../test/clock';
import { createChain, createGoal, http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

const T0 = '2026-03-01T09:00:00.000Z';

describe('goals api: delete, and changes from other writers', () => {
  let api: TestApp;
  let clock: TestClock;
  const get = async (id: string) =>
    (await http(api).get(`/api/goals/${id}`).expect(200)).body as Goal;

  beforeAll(async () => {
    api = await startTestApp();
    clock = freezeClock(api.app, T0);
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(() => clock.set(T0));

  describe('delete', () => {
    it('deletes a leaf (204) and its parent counts one child less', async () => {
      const [parent, child] = await createChain(api, ['weekly', 'daily']);
      const response = await http(api).delete(`/api/goals/${child.id}`).expect(204);
      expect(response.text).toBe('');
      await http(api).get(`/api/goals/${child.id}`).expect(404);
      expect((await get(parent.id)).childCount).toBe(0);
      await http(api).delete(`/api/goals/${child.id}`).expect(404);
    });

    it('refuses to delete a goal with goals below it unless cascade=true, saying how many', async () => {
      const [root, annual] = await createChain(api, ['life_vision', 'annual', 'quarterly']);
      await createGoal(api, { level: 'annual', parentId: root.id });
      const sibling = await createGoal(api, { level: 'quarterly' });

      for (const query of ['', '?cascade=false']) {
        const refused = await http(api).delete(`/api/goals/${root.id}${query}`).expect(409);
        expect(refused.body).toEqual({
          statusCode: 409,
          error: 'Conflict',
          message:
            'This goal has 3 goals below it; delete with ?cascade=true to delete all 4 of them',
          details: [
            { field: 'cascade', rule: 'must be true to also delete the 3 goals below this one' },
          ],
        });
      }
      expect((await get(annual.id)).parentId).toBe(root.id);

      await http(api).delete(`/api/goals/${root.id}?cascade=true`).expect(204);
      const left = (await http(api).get('/api/goals').expect(200)).body as Goal[];
      const ids = new Set(left.map((g) => g.id));
      expect(ids.has(root.id) || ids.has(annual.id)).toBe(false);
      expect(ids.has(sibling.id)).toBe(true);
    });

    it('says "1 goal" for a single child', async () => {
      const [parent] = await createChain(api, ['monthly', 'weekly']);
      const refused = await http(api).delete(`/api/goals/${parent.id}`).expect(409);
      expect(refused.body.message).toMatch(/^This goal has 1 goal below it; .* all 2 of them$/);
    });
  });

  it('sees changes other writers commit straight to PostgreSQL', async () => {
    const goal = await createGoal(api, { title: 'Before' });
    await get(goal.id); // warm the in-memory copy
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await client.query(`UPDATE goals SET title = 'After' WHERE id = $1`, [goal.id]);
    } finally {
      await client.end();
    }
    await waitFor(
      'the api to see the new title',
      async () => (await get(goal.id)).title === 'After',
      {
        timeoutMs: 5000,
        intervalMs: 20,
      },
    );
  });
});
