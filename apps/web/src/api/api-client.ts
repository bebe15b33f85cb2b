import { API_ENDPOINTS, type EndpointName } from './endpoints';
import { requestJson } from './http';

/** One `details` entry of the api's error body. */
export interface FieldProblem {
  field: string;
  rule: string;
}

/** The api's error body: `{statusCode, error, message, details?}`. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldProblem[];
}

/** What the user is told when a request did not reach the api at all. */
export const UNREACHABLE = 'The server could not be reached.';

/** The text to show for a failed call: the api's own message, or that it could not be reached. */
export function problemOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : UNREACHABLE;
}

/** Thrown for any non-2xx answer (or a failed request, with status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Fills `{name}` segments of an endpoint's path and appends the query, skipping empty values. */
export function buildPath(
  template: string,
  params: Record<string, string> = {},
  query: object = {},
): string {
  const path = template.replace(/\{(\w+)\}/g, (_m, key: string) =>
    encodeURIComponent(params[key] ?? ''),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export interface CallOptions {
  params?: Record<string, string>;
  query?: object;
  json?: unknown;
}

/** Calls a named endpoint; resolves with the body of a 2xx answer, throws `ApiError` otherwise. */
export async function callApi<T>(name: EndpointName, options: CallOptions = {}): Promise<T> {
  const [method, template] = API_ENDPOINTS[name].split(' ') as [Method, string];
  const path = buildPath(template, options.params, options.query);
  let answer;
  try {
    answer = await requestJson<T | ApiErrorBody>(path, { method, json: options.json });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  const body = answer.body as Partial<ApiErrorBody> | null;
  throw new ApiError(
    answer.status,
    body?.message ?? `The server answered ${answer.status}.`,
    Array.isArray(body?.details) ? body.details : [],
  );
}
