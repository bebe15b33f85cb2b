import type {
  CreateGoalRequest,
  Goal,
  GoalDashboard,
  GoalListQuery,
  GoalTreeNode,
  GoalTreeQuery,
  UpdateGoalRequest,
} from '@seraph/contracts';
import { callApi } from './api-client';

export const goalsApi = {
  list: (query: GoalListQuery = {}) => callApi<Goal[]>('listGoals', { query }),
  tree: (query: GoalTreeQuery = {}) => callApi<GoalTreeNode[]>('goalTree', { query }),
  dashboard: () => callApi<GoalDashboard>('goalDashboard'),
  create: (body: CreateGoalRequest) => callApi<Goal>('createGoal', { json: body }),
  update: (id: string, body: UpdateGoalRequest) =>
    callApi<Goal>('updateGoal', { params: { id }, json: body }),
  remove: (id: string, cascade: boolean) =>
    callApi<null>('deleteGoal', { params: { id }, query: cascade ? { cascade: 'true' } : {} }),
};
