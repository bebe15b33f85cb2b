import type { CalendarSource } from '@seraph/contracts';
import type { CalendarConnectionEntity } from '@seraph/persistence';
import { UNREADABLE_TOKEN_MESSAGE } from './calendar-errors';
import type { CalendarOptions } from './calendar-options';
import { decryptToken } from './token-cipher';

/** Where the refresh token for a scan comes from, or why there is none to use. */
export type CalendarCredentials =
  | { source: 'env' | 'oauth'; refreshToken: string }
  | { source: 'oauth'; problem: string }
  | { source: 'none' };

/**
 * GOOGLE_REFRESH_TOKEN wins; then a token saved by connecting in Settings (decrypted with
 * SECRET_KEY); else nothing is configured. A saved token that cannot be used is a `problem` the
 * user must fix, not "not configured".
 */
export function resolveCredentials(
  options: CalendarOptions,
  row: Pick<CalendarConnectionEntity, 'refreshTokenCipher'> | null,
): CalendarCredentials {
  const { clientId, clientSecret, refreshToken } = options.google;
  if (refreshToken && clientId && clientSecret) return { source: 'env', refreshToken };
  const cipher = row?.refreshTokenCipher;
  if (!cipher) return { source: 'none' };
  if (!clientId || !clientSecret) {
    return {
      source: 'oauth',
      problem:
        'Google Calendar was connected, but GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are no longer set.',
    };
  }
  if (!options.secretKey) {
    return {
      source: 'oauth',
      problem:
        'Google Calendar was connected, but SECRET_KEY is no longer set to read the saved permission.',
    };
  }
  try {
    return { source: 'oauth', refreshToken: decryptToken(cipher, options.secretKey) };
  } catch {
    return { source: 'oauth', problem: UNREADABLE_TOKEN_MESSAGE };
  }
}

/** The source shown in Settings, without decrypting anything. */
export function credentialSource(
  options: CalendarOptions,
  row: Pick<CalendarConnectionEntity, 'refreshTokenCipher'> | null,
): CalendarSource {
  if (options.google.refreshToken && options.google.clientId) return 'env';
  return row?.refreshTokenCipher ? 'oauth' : 'none';
}
