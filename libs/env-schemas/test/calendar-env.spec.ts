import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  calendarEnvShape,
  GOOGLE_API_ROOT_URL,
  parseSecretKey,
  refineCalendarEnv,
  toCalendarSettings,
  toPublicUrl,
} from '../src';

const schema = z.object(calendarEnvShape).superRefine(refineCalendarEnv);

function problem(env: Record<string, string>): string {
  const result = schema.safeParse(env);
  if (result.success) throw new Error('expected a problem');
  const issue = result.error.issues[0];
  return `${String(issue.path[0])} ${issue.message}`;
}

describe('calendar env', () => {
  it('defaults to Google and nothing configured', () => {
    const settings = toCalendarSettings(schema.parse({}));
    expect(settings).toEqual({
      google: {
        clientId: undefined,
        clientSecret: undefined,
        refreshToken: undefined,
        apiRootUrl: GOOGLE_API_ROOT_URL,
        authUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
        tokenUrl: 'https://oauth2.googleapis.com/token',
      },
      secretKey: undefined,
    });
  });

  it('accepts a hex or base64 key of 32 bytes', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64url'))).toEqual(key);
    expect(parseSecretKey(randomBytes(16).toString('hex'))).toBeUndefined();
    expect(parseSecretKey(randomBytes(31).toString('base64'))).toBeUndefined();
  });

  it('names SECRET_KEY and how to make one', () => {
    expect(problem({ SECRET_KEY: 'short' })).toBe(
      'SECRET_KEY must be 64 hex characters or the base64 of 32 bytes (generate one with: openssl rand -hex 32)',
    );
  });

  it('wants the client id and secret together, and both for a refresh token', () => {
    expect(problem({ GOOGLE_CLIENT_ID: 'id' })).toMatch(/^GOOGLE_CLIENT_SECRET must be set/);
    expect(problem({ GOOGLE_CLIENT_SECRET: 's' })).toMatch(/^GOOGLE_CLIENT_ID must be set/);
    expect(problem({ GOOGLE_REFRESH_TOKEN: 'r' })).toMatch(
      /^GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set when GOOGLE_REFRESH_TOKEN is set/,
    );
    expect(
      schema.safeParse({
        GOOGLE_CLIENT_ID: 'id',
        GOOGLE_CLIENT_SECRET: 's',
        GOOGLE_REFRESH_TOKEN: 'r',
      }).success,
    ).toBe(true);
  });

  it('checks the endpoint overrides are URLs', () => {
    expect(problem({ GOOGLE_API_ROOT_URL: 'nope' })).toBe(
      'GOOGLE_API_ROOT_URL must be an http:// or https:// URL',
    );
  });

  it('defaults the public URL to localhost on the port', () => {
    expect(toPublicUrl(undefined, 3000)).toBe('http://localhost:3000');
    expect(toPublicUrl('https://seraph.example.com/', 3000)).toBe('https://seraph.example.com');
  });
});
