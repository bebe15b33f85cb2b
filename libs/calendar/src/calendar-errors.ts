export const REVOKED_MESSAGE =
  'Google refused the saved permission (revoked or expired). Reconnect Google Calendar in Settings.';
export const BAD_CLIENT_MESSAGE =
  'Google did not accept the OAuth client; check GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET, then reconnect Google Calendar in Settings.';
export const UNREADABLE_TOKEN_MESSAGE =
  'The saved Google permission cannot be decrypted (SECRET_KEY changed?). Reconnect Google Calendar in Settings.';

/**
 * A failure retrying will not fix (the permission is gone, the client is wrong, the API is off):
 * the scan records status `error` with this message instead of throwing.
 */
export class CalendarAuthError extends Error {
  override readonly name = 'CalendarAuthError';
}

interface HttpishError {
  status?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; data?: unknown };
}

function statusOf(error: HttpishError): number | undefined {
  const status = error.response?.status ?? error.status;
  if (typeof status === 'number') return status;
  const code = Number(error.code);
  return Number.isInteger(code) && code >= 100 && code < 600 ? code : undefined;
}

function oauthErrorOf(error: HttpishError): string | undefined {
  const data = error.response?.data as { error?: unknown } | undefined;
  if (typeof data?.error === 'string') return data.error;
  const message = typeof error.message === 'string' ? error.message : '';
  return /\b(invalid_grant|invalid_client|unauthorized_client)\b/.exec(message)?.[1];
}

/** Google's own sentence from an API error body, when it has one. */
function googleMessageOf(error: HttpishError): string | undefined {
  const data = error.response?.data as { error?: { message?: unknown } } | undefined;
  const message = data?.error?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Sorts a failure from Google: a {@link CalendarAuthError} (not retried: the user must act) for a
 * refused token or client, or a disabled API; anything else (network, timeout, 429, 5xx) comes back
 * unchanged for the job to retry.
 */
export function classifyGoogleError(error: unknown): unknown {
  if (error instanceof CalendarAuthError || typeof error !== 'object' || error === null) {
    return error;
  }
  const e = error as HttpishError;
  const oauth = oauthErrorOf(e);
  const status = statusOf(e);
  if (oauth === 'invalid_grant' || status === 401) return new CalendarAuthError(REVOKED_MESSAGE);
  if (oauth === 'invalid_client' || oauth === 'unauthorized_client') {
    return new CalendarAuthError(BAD_CLIENT_MESSAGE);
  }
  if ((status === 403 || status === 404) && !/rate ?limit|quota/i.test(String(e.message))) {
    const detail = googleMessageOf(e) ?? `HTTP ${status}`;
    return new CalendarAuthError(
      `Google Calendar refused the request: ${detail}. Check that the Google Calendar API is enabled for the OAuth client's project.`,
    );
  }
  return error;
}
