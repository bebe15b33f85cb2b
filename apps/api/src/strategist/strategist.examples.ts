import type { ApiErrorBody, StrategistRunResponse } from '@seraph/contracts';

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
