/**
 * Every api path and method this client calls, in OpenAPI's path syntax. An e2e test checks each
 * against the running api's `/api/docs-json`, so the client cannot drift from the server.
 */
export const API_ENDPOINTS = {
  listGoals: 'GET /api/goals',
  goalTree: 'GET /api/goals/tree',
  goalDashboard: 'GET /api/goals/dashboard',
  createGoal: 'POST /api/goals',
  updateGoal: 'PATCH /api/goals/{id}',
  deleteGoal: 'DELETE /api/goals/{id}',
  getSettings: 'GET /api/settings',
  updateSettings: 'PATCH /api/settings',
  getInterruptionMode: 'GET /api/settings/interruption-mode',
  setInterruptionMode: 'PUT /api/settings/interruption-mode',
  listSessions: 'GET /api/sessions',
  createSession: 'POST /api/sessions',
  renameSession: 'PATCH /api/sessions/{id}',
  deleteSession: 'DELETE /api/sessions/{id}',
  sessionMessages: 'GET /api/sessions/{id}/messages',
  calendarStatus: 'GET /api/calendar/status',
  calendarEvents: 'GET /api/calendar/events',
  disconnectCalendar: 'DELETE /api/calendar',
  /** A browser navigation (302 to Google's consent page), never fetched. */
  calendarOauthStart: 'GET /api/calendar/oauth/start',
  listInsights: 'GET /api/insights',
  deliverInsights: 'POST /api/insights/deliver',
  runStrategist: 'POST /api/strategist/run',
  strategistRuns: 'GET /api/strategist/runs',
} as const;

export type EndpointName = keyof typeof API_ENDPOINTS;
