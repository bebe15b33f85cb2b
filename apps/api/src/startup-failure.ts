import { ConfigError } from './config/api-config.schema';
import { DatabaseStartupError } from './database/database-startup.error';

export interface ListenTarget {
  host: string;
  port: number;
}

export interface StartupFailure {
  /** One sentence for the person starting Seraph. */
  sentence: string;
  /** False for bugs: then the stack is worth printing too. */
  expected: boolean;
}

/** Turns whatever stopped the start-up into one sentence naming the cause and the way out. */
export function describeStartupFailure(error: unknown, target?: ListenTarget): StartupFailure {
  if (error instanceof ConfigError || error instanceof DatabaseStartupError) {
    return { sentence: error.message, expected: true };
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  const where = target ? `${target.host}:${target.port}` : 'HOST:PORT';
  if (code === 'EADDRINUSE') {
    return {
      sentence: `${where} is already in use; stop the other process or set PORT to a free port`,
      expected: true,
    };
  }
  if (code === 'EACCES') {
    return {
      sentence: `listening on ${where} is not permitted; set PORT above 1023`,
      expected: true,
    };
  }
  if (code === 'EADDRNOTAVAIL') {
    return {
      sentence: `HOST ${target?.host ?? ''} is not an address of this machine; use 127.0.0.1, or 0.0.0.0 for all interfaces`,
      expected: true,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { sentence: `unexpected error: ${message}`, expected: false };
}

/** Prints the failure as one line on stderr (plus the stack for bugs) and exits with code 1. */
export function exitWithStartupFailure(
  program: string,
  error: unknown,
  target?: ListenTarget,
): never {
  const failure = describeStartupFailure(error, target);
  process.stderr.write(`${program} cannot start: ${failure.sentence}\n`);
  if (!failure.expected && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}
