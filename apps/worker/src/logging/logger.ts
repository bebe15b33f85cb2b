import { hostname } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { WorkerConfig } from '../config/worker-config';

/** Injection token for the worker's root pino logger; features take `.child({ context })` of it. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

export type { Logger };

/**
 * One JSON line per event on stdout (or pino-pretty when LOG_FORMAT=pretty, for development).
 * `destination` lets tests read the lines. Credentials are never logged on purpose; the redact list
 * is a second line of defence.
 */
export function createLogger(log: WorkerConfig['log'], destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: log.level,
    base: { service: 'seraph-worker', pid: process.pid, hostname: hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['password', '*.password', 'url', '*.url'], censor: '***' },
  };
  if (destination) return pino(options, destination);
  if (log.format === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  }
  return pino(options, pino.destination({ fd: 1, sync: true }));
}

// Nest's own start-up chatter (module wiring) is useful only when debugging.
const QUIET_NEST_CONTEXTS = new Set(['NestFactory', 'InstanceLoader']);

/** Routes Nest's internal logging into the same pino stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = contextOf(params);
    this.write(QUIET_NEST_CONTEXTS.has(context ?? '') ? 'debug' : 'info', message, context);
  }
  error(message: unknown, ...params: unknown[]): void {
    const context = contextOf(params);
    const stack = params.find((p): p is string => typeof p === 'string' && p.includes('\n    at '));
    this.write('error', message, context, stack);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, contextOf(params));
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, contextOf(params));
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, contextOf(params));
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, contextOf(params));
  }

  private write(
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal',
    message: unknown,
    context?: string,
    stack?: string,
  ): void {
    const fields: Record<string, unknown> = { context: context ?? 'Nest' };
    if (stack) fields.stack = stack;
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null)
      this.logger[level]({ ...fields, ...message });
    else this.logger[level](fields, String(message));
  }
}

function contextOf(params: unknown[]): string | undefined {
  const last = params[params.length - 1];
  return typeof last === 'string' && !last.includes('\n') ? last : undefined;
}
