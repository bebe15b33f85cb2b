import type { CreateGoalRequest, Goal } from '@seraph/contracts';
import request from 'supertest';
import type { TestApp } from './test-app';

/** supertest bound to the api's server. */
export const http = (api: TestApp) => request(api.app.getHttpServer());

/** Creates a goal over HTTP (201 expected) and returns it. */
export async function createGoal(
  api: TestApp,
  fields: Partial<CreateGoalRequest> = {},
): Promise<Goal> {
  const response = await http(api)
    .post('/api/goals')
    .send({ title: 'A goal', ...fields });
  if (response.status !== 201) {
    throw new Error(
      `POST /api/goals answered ${response.status}: ${JSON.stringify(response.body)}`,
    );
  }
  return response.body as Goal;
}

/** A chain of goals from `levels[0]` (root) down, each under the previous one. */
export async function createChain(
  api: TestApp,
  levels: CreateGoalRequest['level'][],
  fields: Partial<CreateGoalRequest> = {},
): Promise<Goal[]> {
  const chain: Goal[] = [];
  for (const level of levels) {
    chain.push(
      await createGoal(api, {
        title: `${level} goal`,
        ...fields,
        level,
        parentId: chain.at(-1)?.id ?? null,
      }),
    );
  }
  return chain;
}

/** Deletes every goal, deepest first (for suites sharing one app between tests). */
export async function deleteAllGoals(api: TestApp): Promise<void> {
  const roots = (await http(api).get('/api/goals/tree').expect(200)).body as Goal[];
  for (const root of roots) {
    await http(api).delete(`/api/goals/${root.id}?cascade=true`).expect(204);
  }
}
