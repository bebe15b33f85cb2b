import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { repoPath } from './repo';

/** The variables docker-compose.prod.yaml requires (`${VAR:?message}`), with throw-away values. */
export const PROD_REQUIRED_ENV = {
  POSTGRES_PASSWORD: 'check-only-password',
  SERAPH_API_TOKEN: 'check-only-token-0123456789',
  SERAPH_IMAGE_OWNER: 'example-owner',
};

export interface ComposeResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[] | string;
  user?: string;
  restart?: string;
  read_only?: boolean;
  tmpfs?: string[] | string;
  init?: boolean;
  cap_drop?: string[];
  security_opt?: string[];
  env_file?: string[] | string;
  environment?: Record<string, string | null>;
  ports?: (string | { host_ip?: string; published?: string | number; target: number })[];
  volumes?: (string | { type: string; source?: string; target: string })[];
  networks?: Record<string, unknown> | string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test?: string[] | string; disable?: boolean };
  stop_grace_period?: string;
  logging?: { driver?: string; options?: Record<string, string> };
  deploy?: { resources?: { limits?: { cpus?: string | number; memory?: string } } };
  mem_limit?: string;
  cpus?: string | number;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  networks?: Record<string, { internal?: boolean } | null>;
}

/** Fails with the install hint when Debian's docker-compose (v1, python) is not on PATH. */
export function requireDockerCompose(): void {
  const probe = spawnSync('docker-compose', ['version', '--short'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      'docker-compose is needed to validate the compose files: apt-get install -y docker-compose',
    );
  }
}

/**
 * `docker-compose -f <file> config` in a clean environment: only PATH, HOME and `env`, and an empty
 * --env-file, so a developer's own .env or shell variables never change the result. Files that
 * read `.env.dev` (the dev compose) are checked from a temporary copy holding `.env.dev` copied
 * from `.env.dev.example`, as the README's first step makes it.
 */
export function composeConfig(
  file: string,
  env: Record<string, string> = {},
  args: string[] = [],
): ComposeResult {
  const dir = mkdtempSync(join(tmpdir(), 'seraph-compose-'));
  try {
    const emptyEnvFile = join(dir, 'empty.env');
    writeFileSync(emptyEnvFile, '');
    const copy = join(dir, basename(file));
    copyFileSync(repoPath(file), copy);
    copyFileSync(repoPath('.env.dev.example'), join(dir, '.env.dev'));
    const result = spawnSync(
      'docker-compose',
      ['--env-file', emptyEnvFile, '-f', copy, 'config', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, ...env },
        timeout: 30_000,
      },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The file as compose resolves it (anchors merged, variables interpolated, env_file read). */
export function resolvedCompose(file: string, env: Record<string, string> = {}): ComposeFile {
  const result = composeConfig(file, env);
  if (result.status !== 0) {
    throw new Error(`docker-compose -f ${file} config failed: ${result.stderr || result.stdout}`);
  }
  return parse(result.stdout) as ComposeFile;
}

export interface PublishedPort {
  hostIp: string | undefined;
  published: string;
  target: string;
}

/** Short ("127.0.0.1:8080:8080/tcp") or long port syntax → its parts. */
export function publishedPorts(service: ComposeService): PublishedPort[] {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return {
        hostIp: port.host_ip,
        published: String(port.published ?? ''),
        target: String(port.target),
      };
    }
    const match = /^(?:(.+):)?(\d+(?:-\d+)?):(\d+(?:-\d+)?)(?:\/\w+)?$/.exec(String(port));
    if (!match) throw new Error(`unexpected port syntax: ${port}`);
    return { hostIp: match[1], published: match[2], target: match[3] };
  });
}

/** Named volume sources mounted by a service, as `source → target`. */
export function mounts(service: ComposeService): Record<string, string> {
  const byTarget: Record<string, string> = {};
  for (const volume of service.volumes ?? []) {
    if (typeof volume === 'object') byTarget[volume.target] = volume.source ?? '';
    else {
      const [source, target] = volume.split(':');
      byTarget[target] = source;
    }
  }
  return byTarget;
}

export function asList(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
