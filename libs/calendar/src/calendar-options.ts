/**
 * What the calendar needs from the app's config (`CalendarSettings` of @seraph/env-schemas has this
 * shape; this service lib does not import it).
 */
export interface CalendarOptions {
  google: {
    clientId: string | undefined;
    clientSecret: string | undefined;
    refreshToken: string | undefined;
    apiRootUrl: string;
    authUrl: string;
    tokenUrl: string;
  };
  /** 32-byte key for stored tokens; without it no token is stored or read. */
  secretKey: Buffer | undefined;
}

/** Read-only access to the user's calendars: all Seraph ever asks for. */
export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.readonly';

/** Variables missing before "Connect Google Calendar" can work; empty when it can. */
export function missingForConnect(options: CalendarOptions): string[] {
  const missing: string[] = [];
  if (!options.google.clientId) missing.push('GOOGLE_CLIENT_ID');
  if (!options.google.clientSecret) missing.push('GOOGLE_CLIENT_SECRET');
  if (!options.secretKey) missing.push('SECRET_KEY');
  return missing;
}
