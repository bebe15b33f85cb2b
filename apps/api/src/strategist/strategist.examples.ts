import type { ApiErrorBody, StrategistRunList, StrategistRunResponse } from '@seraph/contracts';

// Examples shown in the OpenAPI document.

export const STRATEGIST_RUN_EXAMPLE: StrategistRunResponse = { jobId: 'manual-2026-11-25T20-47' };

export const QUEUE_UNAVAILABLE_MESSAGE =
  'The job queue (Redis) cannot be reached, so the strategist was not started; try again shortly';

export const QUEUE_UNAVAILABLE_EXAMPLE: ApiErrorBody = {
  statusCode: 503,
  error: 'Service Unavailable',
  message: QUEUE_UNAVAILABLE_MESSAGE,
};

export const UNKNOWN_QUERY_EXAMPLE: ApiErrorBody = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'The query is invalid: force is not a known field',
  details: [{ field: 'force', rule: 'is not a known field' }],
};

export const STRATEGIST_RUNS_EXAMPLE: StrategistRunList = {
  items: [
    {
      jobId: 'repeat:strategist.tick:1795642200000',
      manual: false,
      startedAt: '2026-11-25T21:30:00.012Z',
      finishedAt: '2026-11-25T21:30:00.044Z',
      outcome: 'nothing_new',
      reason: 'nothing changed since the last model call',
      modelCalled: false,
      inputTokens: 0,
      outputTokens: 0,
      insightId: null,
    },
    {
      jobId: 'manual-2026-11-25T21-12',
      manual: true,
      startedAt: '2026-11-25T21:12:03.500Z',
      finishedAt: '2026-11-25T21:12:05.210Z',
      outcome: 'queued',
      reason: 'queued: user is in a meeting',
      modelCalled: true,
      inputTokens: 1840,
      outputTokens: 62,
      insightId: '0b5f3c1e-8d2a-4e6b-9f7c-1a2b3c4d5e6f',
    },
  ],
};

export const BAD_LIMIT_EXAMPLE: ApiErrorBody = {
  statusCode: 400,
  error: 'Bad Request',
  message: 'The query is invalid: limit must be a whole number from 1 to 100',
  details: [{ field: 'limit', rule: 'must be a whole number from 1 to 100' }],
};
