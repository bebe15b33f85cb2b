import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '@seraph/persistence';
import { z } from 'zod';
import { LOG_FORMATS, LOG_LEVELS } from '../logging/log-options';
import {
  agentEnvShape,
  calendarEnvShape,
  publicUrlEnvShape,
  refineCalendarEnv,
  toAgentSettings,
  toCalendarSettings,
  toPublicUrl,
} from '@seraph/env-schemas';
import type { ApiConfig } from './api-config';
import { API_ROOT } from './app-version';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const MIN_TOKEN_LENGTH = 16;

/** The built web app next to the api: apps/web/dist. */
export const DEFAULT_WEB_DIST_DIR = resolve(API_ROOT, '../web/dist');

/** A start-up problem the person running Seraph can fix; `message` is one sentence. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Values of these variables are safe to repeat in an error message (no credentials in them).
const ECHOED_VARIABLES = new Set([
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'LOG_FORMAT',
  'SERAPH_ALLOW_UNAUTHENTICATED',
  'LLM_BASE_URL',
  'LLM_MODEL',
  'AGENT_CHAT_TIMEOUT_S',
  'QUEUE_PREFIX',
  'PUBLIC_URL',
  'GOOGLE_API_ROOT_URL',
  'GOOGLE_OAUTH_AUTH_URL',
  'GOOGLE_OAUTH_TOKEN_URL',
]);

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const urlRule =
  (check: (value: string) => void) =>
  (value: string, ctx: z.RefinementCtx): void => {
    try {
      check(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  };

export const databaseUrlSchema = z
  .string()
  .default(DEFAULT_DATABASE_URL)
  .superRefine(urlRule((value) => parseDatabaseUrl(value)));

export const logSchema = {
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: 'must be json or pretty' }).default('json'),
};

const apiEnvSchema = z
  .object({
    PORT: z
      .string()
      .default('3000')
      .refine((value) => /^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535, {
        error: 'must be a whole number from 1 to 65535',
      })
      .transform(Number),
    HOST: z
      .string()
      .default('127.0.0.1')
      .refine(
        (value) => value === 'localhost' || isIP(value) !== 0 || /^[a-z0-9.-]+$/i.test(value),
        {
          error: 'must be an IP address or host name such as 127.0.0.1 or 0.0.0.0',
        },
      ),
    DATABASE_URL: databaseUrlSchema,
    REDIS_URL: z
      .string()
      .default(DEFAULT_REDIS_URL)
      .superRefine(
        urlRule((value) => {
          const wrong = `must be a redis:// or rediss:// URL such as ${DEFAULT_REDIS_URL}`;
          let url: URL;
          try {
            url = new URL(value);
          } catch {
            throw new Error(`is not a URL; ${wrong}`);
          }
          if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error(wrong);
          if (!url.hostname) throw new Error(`has no host name; ${wrong}`);
        }),
      ),
    SERAPH_API_TOKEN: z
      .string()
      .min(MIN_TOKEN_LENGTH, {
        error: `must be at least ${MIN_TOKEN_LENGTH} characters long (generate one with: openssl rand -hex 24)`,
      })
      .optional(),
    SERAPH_ALLOW_UNAUTHENTICATED: booleanFlag.default(false),
    ...logSchema,
    WEB_DIST_DIR: z.string().optional(),
    QUEUE_PREFIX: z
      .string()
      .default('seraph')
      .refine((value) => /^[A-Za-z0-9_.-]{1,64}$/.test(value), {
        error: "must be 1 to 64 letters, digits, '.', '_' or '-' (the same value as the worker's)",
      }),
    ...agentEnvShape,
    ...calendarEnvShape,
    ...publicUrlEnvShape,
  })
  .superRefine(refineCalendarEnv);

/**
 * Validates `env` into an `ApiConfig`. Throws a `ConfigError` whose message is one sentence naming
 * each wrong variable and its rule. Empty values count as unset, as `VAR=` lines in env files mean.
 */
export function loadApiConfig(env: Record<string, string | undefined>): ApiConfig {
  const vars = parseEnv(apiEnvSchema, env);
  const config: ApiConfig = {
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    apiToken: vars.SERAPH_API_TOKEN,
    allowUnauthenticated: vars.SERAPH_ALLOW_UNAUTHENTICATED,
    logLevel: vars.LOG_LEVEL,
    logFormat: vars.LOG_FORMAT,
    webDistDir: resolve(vars.WEB_DIST_DIR ?? DEFAULT_WEB_DIST_DIR),
    queuePrefix: vars.QUEUE_PREFIX,
    agent: toAgentSettings(vars),
    calendar: toCalendarSettings(vars),
    publicUrl: toPublicUrl(vars.PUBLIC_URL, vars.PORT),
  };
  if (!isLoopback(config.host) && !config.apiToken && !config.allowUnauthenticated) {
    throw new ConfigError(
      `HOST=${config.host} would let other machines reach Seraph without a token; ` +
        `set SERAPH_API_TOKEN to a secret of at least ${MIN_TOKEN_LENGTH} characters, ` +
        'or set SERAPH_ALLOW_UNAUTHENTICATED=true if the api only listens on a private network ' +
        'such as a compose network (or keep HOST=127.0.0.1)',
    );
  }
  return config;
}

/** Validates `env` against a zod object of variables; shared by the api and the migrate entry. */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const value = present[name];
    const echo = ECHOED_VARIABLES.has(name) && value !== undefined ? ` (got "${value}")` : '';
    return `${name} ${issue.message}${echo}`;
  });
  throw new ConfigError(problems.join('; '));
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
