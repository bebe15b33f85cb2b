export { CALENDAR_SCOPE, missingForConnect, type CalendarOptions } from './calendar-options';
export {
  CalendarAuthError,
  classifyGoogleError,
  REVOKED_MESSAGE,
  BAD_CLIENT_MESSAGE,
  UNREADABLE_TOKEN_MESSAGE,
} from './calendar-errors';
export { encryptToken, decryptToken, TokenCipherError } from './token-cipher';
export { isFocusEvent, isFocusTitle } from './focus';
export { toEventRow, toCalendarEvent, UNTITLED_EVENT } from './event-mapping';
export { resolveCredentials, credentialSource, type CalendarCredentials } from './credentials';
export { createOAuthClient, createCalendarApi, consentUrl } from './google-client';
export {
  readCalendarStatus,
  readUpcomingEvents,
  readConnection,
  statusPayload,
} from './calendar-store';
export {
  scanCalendar,
  SCAN_HORIZON_MS,
  SCAN_LOOKBACK_MS,
  type ScanOptions,
  type ScanResult,
} from './calendar-scan';
export { connectWithCode, disconnectCalendar, CalendarConnectError } from './calendar-connect';
