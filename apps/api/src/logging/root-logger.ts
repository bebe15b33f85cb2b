import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogOptions } from './log-options';

/** Paths that may carry credentials; pino replaces their values before a line is written. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'token',
  '*.token',
];

/**
 * The process-wide pino logger: one JSON line per event on stdout (or `destination`), or
 * pino-pretty for people.
 */
export function createRootLogger(
  options: LogOptions,
  name = 'seraph-api',
  destination?: DestinationStream,
): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    // Same line shape as the worker's, so one log query covers both processes.
    base: { service: name, pid: process.pid, hostname: hostname() },
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(options.format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', singleLine: true },
          },
        }
      : {}),
  };
  return destination ? pino(settings, destination) : pino(settings);
}
