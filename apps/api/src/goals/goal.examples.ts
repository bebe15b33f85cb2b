import type {
  ApiErrorBody,
  CreateGoalRequest,
  Goal,
  GoalDashboard,
  GoalTreeNode,
  UpdateGoalRequest,
} from '@seraph/contracts';

// Examples shown in the OpenAPI document.

export const GOAL_EXAMPLE: Goal = {
  id: '3f0c8a9e-5b7d-4d2a-9c1e-8f6b2a4d7e10',
  title: 'Run a half marathon',
  notes: 'Sub 2 hours.',
  level: 'quarterly',
  domain: 'health',
  status: 'active',
  parentId: null,
  dueDate: '2026-06-30',
  progress: 42.5,
  ownProgress: 0,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-02-01T18:30:00.000Z',
  completedAt: null,
  overdue: false,
  behind: false,
  stalled: false,
  childCount: 1,
};

const CHILD_EXAMPLE: Goal = {
  ...GOAL_EXAMPLE,
  id: '9b2e4c61-0f3a-4e8d-8a57-1c6d9e2f4b33',
  title: 'Run 30 km a week',
  notes: null,
  level: 'weekly',
  parentId: GOAL_EXAMPLE.id,
  dueDate: null,
  progress: 42.5,
  ownProgress: 42.5,
  childCount: 0,
};

export const TREE_EXAMPLE: GoalTreeNode[] = [
  { ...GOAL_EXAMPLE, children: [{ ...CHILD_EXAMPLE, children: [] }] },
];

const summary = (active: number, completed: number, total: number, progress: number) => ({
  active,
  completed,
  total,
  progress,
});

export const DASHBOARD_EXAMPLE: GoalDashboard = {
  today: '2026-02-10',
  domains: {
    productivity: summary(3, 1, 5, 55),
    performance: summary(0, 0, 0, 0),
    health: summary(2, 0, 2, 42.5),
    influence: summary(1, 0, 1, 10),
    growth: summary(0, 1, 1, 100),
  },
  totals: { ...summary(6, 2, 9, 52.7), paused: 1, abandoned: 0 },
  health: { overdue: 1, behind: 2, stalled: 0 },
  dueSoon: [{ ...GOAL_EXAMPLE, dueDate: '2026-02-14' }],
};

export const CREATE_GOAL_EXAMPLES = {
  titleOnly: { summary: 'A title is enough (daily, productivity)', value: { title: 'Inbox zero' } },
  full: {
    summary: 'Every field',
    value: {
      title: 'Run a half marathon',
      notes: 'Sub 2 hours.',
      level: 'quarterly',
      domain: 'health',
      status: 'active',
      parentId: null,
      dueDate: '2026-06-30',
      progress: 0,
    },
  },
} satisfies Record<string, { summary: string; value: CreateGoalRequest }>;

export const UPDATE_GOAL_EXAMPLES = {
  complete: { summary: 'Complete (progress 100)', value: { status: 'completed' } },
  move: {
    summary: 'Move under another goal',
    value: { parentId: '9b2e4c61-0f3a-4e8d-8a57-1c6d9e2f4b33' },
  },
  root: { summary: 'Make it a root', value: { parentId: null } },
  progress: { summary: 'Report progress', value: { progress: 60, dueDate: '2026-07-15' } },
} satisfies Record<string, { summary: string; value: UpdateGoalRequest }>;

const error = (statusCode: number, message: string, details?: ApiErrorBody['details']) => {
  const names: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict' };
  return { statusCode, error: names[statusCode], message, ...(details ? { details } : {}) };
};

export const BODY_BAD_REQUEST_EXAMPLES = {
  fields: {
    summary: 'Blank title, wrong enum, impossible date, unknown field',
    value: error(400, 'The request body is invalid: …', [
      { field: 'title', rule: 'must not be empty' },
      {
        field: 'level',
        rule: 'must be one of life_vision, annual, quarterly, monthly, weekly, daily',
      },
      { field: 'dueDate', rule: 'must be a calendar date YYYY-MM-DD or null' },
      { field: 'colour', rule: 'is not a known field' },
    ]),
  },
  progress: {
    summary: 'Progress out of range',
    value: error(400, 'The request body is invalid: progress must be an integer from 0 to 100', [
      { field: 'progress', rule: 'must be an integer from 0 to 100' },
    ]),
  },
  malformed: {
    summary: 'Not JSON',
    value: error(400, 'Unexpected token \'o\', "not json" is not valid JSON'),
  },
};

export const QUERY_BAD_REQUEST_EXAMPLE = error(
  400,
  'The query is invalid: sort must be one of created, due, progress, title',
  [{ field: 'sort', rule: 'must be one of created, due, progress, title' }],
);

export const ID_BAD_REQUEST_EXAMPLE = error(
  400,
  'The path parameter id is invalid: id must be a uuid',
  [{ field: 'id', rule: 'must be a uuid' }],
);

export const NOT_FOUND_EXAMPLES = {
  id: {
    summary: 'Unknown goal',
    value: error(404, `No goal has id ${CHILD_EXAMPLE.id}`, [
      { field: 'id', rule: 'must be the id of an existing goal' },
    ]),
  },
  parentId: {
    summary: 'Unknown parent',
    value: error(404, `The parent goal does not exist: no goal has id ${CHILD_EXAMPLE.id}`, [
      { field: 'parentId', rule: 'must be the id of an existing goal' },
    ]),
  },
};

export const CONFLICT_EXAMPLES = {
  level: {
    summary: 'Level not finer than the parent',
    value: error(
      409,
      "A monthly goal cannot sit under a weekly goal: a child's level must be finer than its " +
        "parent's (allowed: daily)",
      [{ field: 'level', rule: 'must leave the goal finer than its weekly parent' }],
    ),
  },
  children: {
    summary: 'Level no longer coarser than a child',
    value: error(
      409,
      "A daily goal cannot hold its weekly children: each child's level must be finer than its " +
        "parent's",
      [{ field: 'level', rule: "must stay coarser than the goal's weekly children" }],
    ),
  },
  cycle: {
    summary: 'Moving a goal under its own descendant',
    value: error(
      409,
      `Goal ${CHILD_EXAMPLE.id} is below this goal; moving the goal under it would make a loop`,
      [{ field: 'parentId', rule: 'must not be the goal itself or a goal below it' }],
    ),
  },
};

export const CASCADE_CONFLICT_EXAMPLE = error(
  409,
  'This goal has 3 goals below it; delete with ?cascade=true to delete all 4 of them',
  [{ field: 'cascade', rule: 'must be true to also delete the 3 goals below this one' }],
);
