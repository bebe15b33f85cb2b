import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The repository root (tools/deploy-checks/test/support → four levels up). */
export const REPO_ROOT = resolve(__dirname, '../../../..');

export const APPS = ['api', 'worker', 'web'] as const;
export type App = (typeof APPS)[number];

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

export function readRepoFile(...parts: string[]): string {
  const path = repoPath(...parts);
  if (!existsSync(path)) throw new Error(`${parts.join('/')} is missing`);
  return readFileSync(path, 'utf8');
}

/** YAML as compose and GitHub read it, with `<<:` merge keys resolved. */
export function readYaml<T = Record<string, unknown>>(...parts: string[]): T {
  return parse(readRepoFile(...parts), { merge: true }) as T;
}

export interface PackageJson {
  name: string;
  main?: string;
  scripts?: Record<string, string>;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  nx?: { tags?: string[] };
}

export function readPackageJson(...folder: string[]): PackageJson {
  return JSON.parse(readRepoFile(...folder, 'package.json')) as PackageJson;
}

/** "150s", "2m30s", "1m", "1h" (compose durations) → milliseconds. */
export function durationMs(value: unknown): number {
  const text = String(value);
  const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let total = 0;
  let rest = text;
  const part = /^(\d+(?:\.\d+)?)(ms|h|m|s)/;
  while (rest) {
    const match = part.exec(rest);
    if (!match) throw new Error(`"${text}" is not a compose duration`);
    total += Number(match[1]) * units[match[2]];
    rest = rest.slice(match[0].length);
  }
  return total;
}

/** Every `NAME: value` key of the zod objects in an app's config module (the variables it reads). */
export function configVariables(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/^\s+([A-Z][A-Z0-9_]+):\s/gm)) names.add(match[1]);
  return [...names];
}
