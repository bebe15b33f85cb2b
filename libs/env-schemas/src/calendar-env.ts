import { z } from 'zod';

export const GOOGLE_API_ROOT_URL = 'https://www.googleapis.com/';
export const GOOGLE_OAUTH_AUTH_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const GOOGLE_OAUTH_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export const SECRET_KEY_RULE =
  'must be 64 hex characters or the base64 of 32 bytes (generate one with: openssl rand -hex 32)';

/** Google Calendar's credentials and endpoints, part of the api's and the worker's config. */
export interface GoogleEnvSettings {
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** A refresh token from the environment; wins over one saved by connecting in Settings. */
  refreshToken: string | undefined;
  /** Calendar API root (`rootUrl` of the client); tests point it at a stand-in. */
  apiRootUrl: string;
  authUrl: string;
  tokenUrl: string;
}

export interface CalendarSettings {
  google: GoogleEnvSettings;
  /** 32-byte AES-256-GCM key for stored tokens (SECRET_KEY); undefined when unset. */
  secretKey: Buffer | undefined;
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const secretKey = z.string().transform((value, ctx) => {
  const key = parseSecretKey(value);
  if (!key) {
    ctx.addIssue({ code: 'custom', message: SECRET_KEY_RULE });
    return z.NEVER;
  }
  return key;
});

/** Environment variables of Google Calendar and the secret key; merged into api and worker schemas. */
export const calendarEnvShape = {
  GOOGLE_CLIENT_ID: z.string().trim().optional(),
  GOOGLE_CLIENT_SECRET: z.string().trim().optional(),
  GOOGLE_REFRESH_TOKEN: z.string().trim().optional(),
  SECRET_KEY: secretKey.optional(),
  GOOGLE_API_ROOT_URL: httpUrl.default(GOOGLE_API_ROOT_URL),
  GOOGLE_OAUTH_AUTH_URL: httpUrl.default(GOOGLE_OAUTH_AUTH_URL),
  GOOGLE_OAUTH_TOKEN_URL: httpUrl.default(GOOGLE_OAUTH_TOKEN_URL),
};

/**
 * The api's browser-facing origin, for the OAuth redirect (`<PUBLIC_URL>/api/calendar/oauth/callback`
 * must be registered at Google exactly). Default `http://localhost:<PORT>`.
 */
export const publicUrlEnvShape = {
  PUBLIC_URL: httpUrl.optional(),
};

type CalendarEnv = z.output<z.ZodObject<typeof calendarEnvShape>>;

/**
 * Rules across variables, for the app schema's `superRefine`: the client id and secret come
 * together, and a refresh token needs both. Each issue names the variable to set.
 */
export function refineCalendarEnv(vars: CalendarEnv, ctx: z.RefinementCtx): void {
  const id = Boolean(vars.GOOGLE_CLIENT_ID);
  const secret = Boolean(vars.GOOGLE_CLIENT_SECRET);
  if (id && !secret) {
    ctx.addIssue({
      code: 'custom',
      path: ['GOOGLE_CLIENT_SECRET'],
      message: 'must be set when GOOGLE_CLIENT_ID is set (both come from the same OAuth client)',
    });
  } else if (secret && !id) {
    ctx.addIssue({
      code: 'custom',
      path: ['GOOGLE_CLIENT_ID'],
      message:
        'must be set when GOOGLE_CLIENT_SECRET is set (both come from the same OAuth client)',
    });
  } else if (vars.GOOGLE_REFRESH_TOKEN && !id) {
    ctx.addIssue({
      code: 'custom',
      path: ['GOOGLE_CLIENT_ID'],
      message:
        'and GOOGLE_CLIENT_SECRET must be set when GOOGLE_REFRESH_TOKEN is set (the token belongs to that OAuth client)',
    });
  }
}

export function toCalendarSettings(vars: CalendarEnv): CalendarSettings {
  return {
    google: {
      clientId: vars.GOOGLE_CLIENT_ID || undefined,
      clientSecret: vars.GOOGLE_CLIENT_SECRET || undefined,
      refreshToken: vars.GOOGLE_REFRESH_TOKEN || undefined,
      apiRootUrl: vars.GOOGLE_API_ROOT_URL,
      authUrl: vars.GOOGLE_OAUTH_AUTH_URL,
      tokenUrl: vars.GOOGLE_OAUTH_TOKEN_URL,
    },
    secretKey: vars.SECRET_KEY,
  };
}

/** The api's public origin without a trailing slash. */
export function toPublicUrl(publicUrl: string | undefined, port: number): string {
  return (publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
}

/** 64 hex characters or base64 (standard or URL-safe) of exactly 32 bytes → the key; else undefined. */
export function parseSecretKey(value: string): Buffer | undefined {
  const text = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(text)) {
    const key = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === 32) return key;
  }
  return undefined;
}
