import type { CalendarSettings } from '@seraph/env-schemas';

/** What the calendar needs from the app's config: the validated Google variables and SECRET_KEY. */
export type CalendarOptions = CalendarSettings;

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
