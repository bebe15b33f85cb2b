import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { ApiErrorBody } from '@seraph/contracts';

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on the server; the x-request-id response header identifies it in the logs';

/** Builds the one error shape every api error uses. */
export function apiErrorBody(
  statusCode: number,
  message: string,
  details?: ApiErrorBody['details'],
): ApiErrorBody {
  return {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    ...(details && details.length > 0 ? { details } : {}),
  };
}

/**
 * Maps anything thrown while handling a request to `ApiErrorBody`. Client errors keep their message;
 * anything unexpected becomes a 500 that reveals nothing about the server.
 */
export function toApiErrorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') return apiErrorBody(status, response);
    const { message, details } = response as { message?: unknown; details?: unknown };
    const text = Array.isArray(message)
      ? message.map(String).join('; ')
      : typeof message === 'string'
        ? message
        : exception.message;
    return apiErrorBody(status, text, isDetails(details) ? details : undefined);
  }
  // Errors from http-errors (body-parser: body too large, unsupported charset…) carry their status.
  const status = clientErrorStatus(exception);
  if (status) return apiErrorBody(status, (exception as Error).message);
  return apiErrorBody(500, INTERNAL_ERROR_MESSAGE);
}

function clientErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { status, statusCode, expose } = exception as {
    status?: unknown;
    statusCode?: unknown;
    expose?: unknown;
  };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 && expose !== false
    ? code
    : undefined;
}

function isDetails(value: unknown): value is NonNullable<ApiErrorBody['details']> {
  return (
    Array.isArray(value) &&
    value.every((d) => typeof d?.field === 'string' && typeof d?.rule === 'string')
  );
}
