import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '@seraph/persistence';
import {
  agentEnvShape,
  calendarEnvShape,
  refineCalendarEnv,
  toAgentSettings,
  toCalendarSettings,
  type AgentSettings,
  type CalendarSettings,
} from '@seraph/env-schemas';
import { z } from 'zod';

/** Injection token for the validated {@link WorkerConfig}. */
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

/** The worker's whole configuration, validated once at start-up. Nothing else reads `process.env`. */
export interface WorkerConfig {
  redis: {
    /** Full connection URL, credentials included: hand it to clients, never to a log line. */
    url: string;
    /** The same URL with any password masked, safe to log. */
    displayUrl: string;
  };
  health: { host: string; port: number };
  /** BullMQ key prefix; every key the worker writes starts with `<queuePrefix>:`. */
  queuePrefix: string;
  heartbeatEveryMs: number;
  log: { level: LogLevel; format: LogFormat };
  database: {
    /** Full connection URL, credentials included: never log it. */
    url: string;
    displayUrl: string;
  };
  /** Minutes between strategist ticks (STRATEGIST_INTERVAL_MIN). */
  strategistIntervalMin: number;
  /** Minutes between calendar scans (CALENDAR_SCAN_INTERVAL_MIN). */
  calendarScanIntervalMin: number;
  /** The LLM the strategist and briefings use (same variables as the api's chat agent). */
  agent: AgentSettings;
  /** Google Calendar credentials and endpoints, and the SECRET_KEY for stored tokens. */
  calendar: CalendarSettings;
}

/** A variable is missing or malformed; `message` is one sentence naming it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function wholeNumber(name: string, fallback: number, min: number, max: number) {
  const rule = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .default(String(fallback))
    .refine((raw) => /^\d+$/.test(raw.trim()), {
      error: (issue) => `${name} ${rule} (got "${issue.input}")`,
    })
    .transform((raw) => Number(raw.trim()))
    .refine((n) => n >= min && n <= max, {
      error: (issue) => `${name} ${rule} (got ${issue.input})`,
    });
}

const schema = z
  .object({
    // The URL may hold a password, so its messages never echo the value.
    REDIS_URL: z
      .string()
      .default('redis://127.0.0.1:6379')
      .refine((raw) => /^rediss?:\/\//.test(raw), {
        error: 'REDIS_URL must start with redis:// or rediss://',
      })
      .refine((raw) => URL.canParse(raw) && new URL(raw).hostname !== '', {
        error: 'REDIS_URL is not a valid URL (expected redis://[:password@]host[:port][/db])',
      }),
    WORKER_HEALTH_PORT: wholeNumber('WORKER_HEALTH_PORT', 3001, 0, 65535),
    WORKER_HEALTH_HOST: z.string().default('127.0.0.1'),
    QUEUE_PREFIX: z
      .string()
      .default('seraph')
      .refine((raw) => /^[A-Za-z0-9_.-]{1,64}$/.test(raw), {
        error: (issue) =>
          `QUEUE_PREFIX must be 1 to 64 letters, digits, '.', '_' or '-' (got "${issue.input}")`,
      }),
    HEARTBEAT_EVERY_MS: wholeNumber('HEARTBEAT_EVERY_MS', 60_000, 1000, 24 * 60 * 60 * 1000),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .superRefine((raw, ctx) => {
        try {
          parseDatabaseUrl(raw);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `DATABASE_URL ${(error as Error).message}` });
        }
      }),
    STRATEGIST_INTERVAL_MIN: wholeNumber('STRATEGIST_INTERVAL_MIN', 15, 1, 24 * 60),
    CALENDAR_SCAN_INTERVAL_MIN: wholeNumber('CALENDAR_SCAN_INTERVAL_MIN', 15, 1, 24 * 60),
    ...agentEnvShape,
    ...calendarEnvShape,
    LOG_LEVEL: z
      .string()
      .default('info')
      .refine((raw): raw is LogLevel => (LOG_LEVELS as readonly string[]).includes(raw), {
        error: (issue) =>
          `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${issue.input}")`,
      }),
    LOG_FORMAT: z
      .string()
      .default('json')
      .refine((raw): raw is LogFormat => raw === 'json' || raw === 'pretty', {
        error: (issue) => `LOG_FORMAT must be json or pretty (got "${issue.input}")`,
      }),
  })
  .superRefine(refineCalendarEnv);

/**
 * Validates the worker's variables (an empty value counts as unset and takes the default).
 * Throws a {@link ConfigError} whose message is one sentence naming the first bad variable.
 */
export function loadWorkerConfig(env: Env = process.env): WorkerConfig {
  const input: Env = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    input[key] = value === undefined || value.trim() === '' ? undefined : value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    const message = issue?.message.startsWith(name)
      ? issue.message
      : `${name} ${issue?.message ?? 'is invalid'}`;
    throw new ConfigError(message);
  }
  const vars = parsed.data;
  return {
    redis: { url: vars.REDIS_URL, displayUrl: maskUrlPassword(vars.REDIS_URL) },
    health: { host: vars.WORKER_HEALTH_HOST.trim(), port: vars.WORKER_HEALTH_PORT },
    queuePrefix: vars.QUEUE_PREFIX,
    heartbeatEveryMs: vars.HEARTBEAT_EVERY_MS,
    log: { level: vars.LOG_LEVEL as LogLevel, format: vars.LOG_FORMAT as LogFormat },
    database: { url: vars.DATABASE_URL, displayUrl: maskUrlPassword(vars.DATABASE_URL) },
    strategistIntervalMin: vars.STRATEGIST_INTERVAL_MIN,
    calendarScanIntervalMin: vars.CALENDAR_SCAN_INTERVAL_MIN,
    agent: toAgentSettings(vars),
    calendar: toCalendarSettings(vars),
  };
}

/** `redis://user:secret@host:6379/0` → `redis://user:***@host:6379/0`. */
export function maskUrlPassword(raw: string): string {
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.toString();
}
