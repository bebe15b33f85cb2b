import type { CalendarStatusPayload } from '@seraph/contracts';
import { CalendarEventEntity } from '@seraph/persistence';
import type { DataSource } from 'typeorm';
import { CALENDAR_SCOPE, missingForConnect, type CalendarOptions } from './calendar-options';
import { statusPayload, updateConnection } from './calendar-store';
import { createOAuthClient } from './google-client';
import { encryptToken } from './token-cipher';

/** Connecting failed in a way the user can act on; `message` says how. */
export class CalendarConnectError extends Error {
  override readonly name = 'CalendarConnectError';
}

/**
 * Exchanges the code from Google's callback for tokens and saves the refresh token encrypted.
 * `redirectUri` must be the one the consent request used.
 */
export async function connectWithCode(
  db: DataSource,
  options: CalendarOptions,
  input: { code: string; redirectUri: string; now: Date },
): Promise<CalendarStatusPayload> {
  const missing = missingForConnect(options);
  if (missing.length || !options.secretKey) {
    throw new CalendarConnectError(`Set ${missing.join(', ')} to connect Google Calendar.`);
  }
  const client = createOAuthClient(options, input.redirectUri);
  let tokens;
  try {
    ({ tokens } = await client.getToken(input.code));
  } catch {
    throw new CalendarConnectError(
      'Google did not accept the sign-in (the code expired or was used); try connecting again.',
    );
  }
  if (tokens.scope && !tokens.scope.split(' ').includes(CALENDAR_SCOPE)) {
    throw new CalendarConnectError(
      'Google did not grant read access to your calendar; connect again and allow it.',
    );
  }
  if (!tokens.refresh_token) {
    throw new CalendarConnectError(
      'Google sent no lasting permission; remove Seraph at https://myaccount.google.com/permissions and connect again.',
    );
  }
  const row = {
    refreshTokenCipher: encryptToken(tokens.refresh_token, options.secretKey),
    status: 'ok' as const,
    message: null,
    connectedAt: input.now,
  };
  await updateConnection(db, row);
  return statusPayload({ ...row, lastScanAt: null });
}

/** Forgets the saved permission and the cached events. */
export async function disconnectCalendar(db: DataSource): Promise<CalendarStatusPayload> {
  await db.transaction(async (manager) => {
    await manager.createQueryBuilder().delete().from(CalendarEventEntity).execute();
    await updateConnection(manager, {
      refreshTokenCipher: null,
      status: 'not_configured',
      message: null,
      connectedAt: null,
      lastScanAt: null,
    });
  });
  return { status: 'not_configured', lastScanAt: null };
}
