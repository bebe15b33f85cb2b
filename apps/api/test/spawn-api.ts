import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DIST_DIR = resolve(__dirname, '../dist');

export interface SpawnedProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal) and how long the process ran. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

/**
 * Runs a built entry (`main.js`, `migrate.js`) as a real process with only PATH and `env`, so the
 * developer's shell cannot change the outcome. The build comes from `nx test`'s build dependency.
 */
export function spawnBuilt(entry: string, env: Record<string, string>): SpawnedProcess {
  const file = resolve(DIST_DIR, entry);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the api first (npx nx build @seraph/api)`);
  }
  const started = Date.now();
  const child = spawn(process.execPath, [file], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolveExit) =>
      child.on('exit', (code, signal) => resolveExit({ code, signal, ms: Date.now() - started })),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Fails when the process has not exited within `ms`, killing it. */
export async function exitWithin(spawned: SpawnedProcess, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      spawned.child.kill('SIGKILL');
      reject(new Error(`process still running after ${ms} ms; stderr: ${spawned.stderr()}`));
    }, ms);
  });
  try {
    return await Promise.race([spawned.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
