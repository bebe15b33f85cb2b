import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import { CALENDAR_SCOPE, type CalendarOptions } from './calendar-options';

/** Per request to Google; the job's own deadline (its AbortSignal) may end it sooner. */
export const GOOGLE_REQUEST_TIMEOUT_MS = 20_000;

/** An OAuth2 client of the configured app, at the configured (or stand-in) endpoints. */
export function createOAuthClient(options: CalendarOptions, redirectUri?: string): OAuth2Client {
  const { clientId, clientSecret, authUrl, tokenUrl } = options.google;
  return new OAuth2Client({
    clientId,
    clientSecret,
    redirectUri,
    endpoints: { oauth2AuthBaseUrl: authUrl, oauth2TokenUrl: tokenUrl },
    // Node's own fetch: gaxios would otherwise import node-fetch (ESM) on first use.
    transporterOptions: { fetchImplementation: fetch, timeout: GOOGLE_REQUEST_TIMEOUT_MS },
  });
}

/** The Calendar API v3 client at the configured root URL, signing requests with `auth`. */
export function createCalendarApi(
  options: CalendarOptions,
  auth: OAuth2Client,
): calendar_v3.Calendar {
  return calendar({
    version: 'v3',
    rootUrl: options.google.apiRootUrl,
    // googleapis-common bundles its own google-auth-library copy; the client is the same class.
    auth: auth as unknown as calendar_v3.Options['auth'],
    timeout: GOOGLE_REQUEST_TIMEOUT_MS,
    retry: false,
    fetchImplementation: fetch,
  });
}

/**
 * Google's consent page: read-only scope, `access_type=offline` and `prompt=consent` (Google only
 * returns a refresh token then), and `state` to match the callback to this request.
 */
export function consentUrl(options: CalendarOptions, redirectUri: string, state: string): string {
  return createOAuthClient(options, redirectUri).generateAuthUrl({
    access_type: 'offline',
    prompt: 'consent',
    scope: [CALENDAR_SCOPE],
    include_granted_scopes: true,
    state,
  });
}
