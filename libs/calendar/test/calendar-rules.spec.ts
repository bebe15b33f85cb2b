import { randomBytes } from 'node:crypto';
import {
  classifyGoogleError,
  CalendarAuthError,
  decryptToken,
  encryptToken,
  isFocusEvent,
  isFocusTitle,
  resolveCredentials,
  REVOKED_MESSAGE,
  toEventRow,
  TokenCipherError,
  UNREADABLE_TOKEN_MESSAGE,
  type CalendarOptions,
} from '../src';

const key = randomBytes(32);
const options = (
  google: Partial<CalendarOptions['google']> = {},
  secretKey: Buffer | null = key,
): CalendarOptions => ({
  google: {
    clientId: 'id',
    clientSecret: 'secret',
    refreshToken: undefined,
    apiRootUrl: 'https://www.googleapis.com/',
    authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    ...google,
  },
  secretKey: secretKey ?? undefined,
});

describe('token cipher', () => {
  it('round-trips with a fresh IV each time', () => {
    const a = encryptToken('1//refresh-token', key);
    const b = encryptToken('1//refresh-token', key);
    expect(a).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('refresh');
    expect(decryptToken(a, key)).toBe('1//refresh-token');
  });

  it('refuses a wrong key, a changed byte and an unknown version', () => {
    const stored = encryptToken('1//refresh-token', key);
    expect(() => decryptToken(stored, randomBytes(32))).toThrow(TokenCipherError);
    const [v, iv, tag, body] = stored.split(':');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => decryptToken([v, iv, tag, flipped.toString('base64url')].join(':'), key)).toThrow(
      TokenCipherError,
    );
    expect(() => decryptToken(stored.replace(/^v1/, 'v9'), key)).toThrow(TokenCipherError);
  });
});

describe('focus detection', () => {
  it.each([
    ['Focus', true],
    ['focus time', true],
    ['Deep work: report', true],
    ['deep-work', true],
    ['Do Not Disturb', true],
    ['DND', true],
    ['heads down', true],
    ['Refocus planning', false],
    ['Sync with Dana', false],
    ['Hocus pocus', false],
    ['', false],
  ])('%j → %s', (title, expected) => {
    expect(isFocusTitle(title)).toBe(expected);
  });

  it("takes Google's focusTime type first", () => {
    expect(isFocusEvent({ eventType: 'focusTime', summary: 'Writing' })).toBe(true);
    expect(isFocusEvent({ eventType: 'default', summary: 'Writing' })).toBe(false);
  });
});

describe('event mapping', () => {
  const scannedAt = new Date('2026-03-02T09:00:00Z');

  it('maps a timed meeting', () => {
    expect(
      toEventRow(
        {
          id: 'e1',
          summary: ' Standup ',
          start: { dateTime: '2026-03-02T10:00:00+01:00' },
          end: { dateTime: '2026-03-02T10:15:00+01:00' },
          location: 'Room 4',
          attendees: [{ email: 'a@x' }, { email: 'b@x' }],
          eventType: 'default',
        },
        scannedAt,
      ),
    ).toEqual({
      id: 'e1',
      title: 'Standup',
      startAt: new Date('2026-03-02T09:00:00Z'),
      endAt: new Date('2026-03-02T09:15:00Z'),
      location: 'Room 4',
      attendeeCount: 2,
      isFocus: false,
      allDay: false,
      scannedAt,
    });
  });

  it('drops NUL characters PostgreSQL text cannot store, and blank text after them', () => {
    const row = toEventRow(
      {
        id: 'e-nul',
        summary: 'Design\u0000 review',
        location: ' \u0000 ',
        start: { dateTime: '2026-03-02T10:00:00Z' },
        end: { dateTime: '2026-03-02T11:00:00Z' },
      },
      scannedAt,
    );
    expect(row).toMatchObject({ title: 'Design review', location: null });
    expect(
      toEventRow(
        {
          id: 'e-nul2',
          summary: '\u0000',
          start: { dateTime: '2026-03-02T10:00:00Z' },
          end: { dateTime: '2026-03-02T11:00:00Z' },
        },
        scannedAt,
      )?.title,
    ).toBe('(no title)');
  });

  it('flags all-day events, falls back to "(no title)" and skips cancelled ones', () => {
    const row = toEventRow(
      { id: 'e2', start: { date: '2026-03-02' }, end: { date: '2026-03-03' } },
      scannedAt,
    );
    expect(row).toMatchObject({
      title: '(no title)',
      allDay: true,
      attendeeCount: 0,
      location: null,
    });
    expect(
      toEventRow(
        {
          id: 'e3',
          status: 'cancelled',
          start: { date: '2026-03-02' },
          end: { date: '2026-03-03' },
        },
        scannedAt,
      ),
    ).toBeUndefined();
  });

  it.each([
    [
      'an invitation the user declined',
      { attendees: [{ email: 'me@x', self: true, responseStatus: 'declined' }] },
    ],
    ['time marked as free', { transparency: 'transparent' }],
    ['a working-location marker', { eventType: 'workingLocation' }],
    ['a birthday', { eventType: 'birthday' }],
  ])('does not cache %s: it never keeps the user busy', (_what, fields) => {
    const event = {
      id: 'e4',
      summary: 'Planning',
      start: { dateTime: '2026-03-02T10:00:00Z' },
      end: { dateTime: '2026-03-02T11:00:00Z' },
      ...fields,
    };
    expect(toEventRow(event, scannedAt)).toBeUndefined();
    // The same event accepted, or someone else declining, still counts.
    const accepted = {
      ...event,
      transparency: 'opaque',
      eventType: 'default',
      attendees: [
        { email: 'me@x', self: true, responseStatus: 'accepted' },
        { email: 'you@x', responseStatus: 'declined' },
      ],
    };
    expect(toEventRow(accepted, scannedAt)).toMatchObject({ id: 'e4', attendeeCount: 2 });
  });
});

describe('credentials', () => {
  it('prefers the env refresh token, then the saved one, else none', () => {
    const saved = { refreshTokenCipher: encryptToken('saved', key) };
    expect(resolveCredentials(options({ refreshToken: 'env' }), saved)).toEqual({
      source: 'env',
      refreshToken: 'env',
    });
    expect(resolveCredentials(options(), saved)).toEqual({
      source: 'oauth',
      refreshToken: 'saved',
    });
    expect(resolveCredentials(options(), { refreshTokenCipher: null })).toEqual({ source: 'none' });
    expect(resolveCredentials(options({}, randomBytes(32)), saved)).toEqual({
      source: 'oauth',
      problem: UNREADABLE_TOKEN_MESSAGE,
    });
    expect(resolveCredentials(options({}, null), saved)).toMatchObject({
      problem: expect.stringContaining('SECRET_KEY'),
    });
  });
});

describe('error classification', () => {
  it('treats a refused token as an auth error and the rest as retryable', () => {
    const grant = Object.assign(new Error('invalid_grant'), {
      response: { status: 400, data: { error: 'invalid_grant' } },
    });
    const unauthorized = Object.assign(new Error('Invalid Credentials'), { status: 401 });
    const unavailable = Object.assign(new Error('Backend Error'), { status: 503 });
    const network = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(classifyGoogleError(grant)).toEqual(new CalendarAuthError(REVOKED_MESSAGE));
    expect(classifyGoogleError(unauthorized)).toBeInstanceOf(CalendarAuthError);
    expect(classifyGoogleError(unavailable)).toBe(unavailable);
    expect(classifyGoogleError(network)).toBe(network);
  });
});
