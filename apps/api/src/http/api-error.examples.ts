import type { ApiErrorBody } from '@seraph/contracts';
import { INTERNAL_ERROR_MESSAGE } from './api-error';

/** OpenAPI example of a server fault: it reveals nothing but the request id header to look up. */
export const INTERNAL_ERROR_EXAMPLE: ApiErrorBody = {
  statusCode: 500,
  error: 'Internal Server Error',
  message: INTERNAL_ERROR_MESSAGE,
};
