import { dockerignore } from './support/dockerignore';
import { readRepoFile } from './support/repo';

describe('.dockerignore', () => {
  const excluded = dockerignore(readRepoFile('.dockerignore'));

  it.each([
    '.env',
    '.env.dev',
    '.env.prod',
    '.env.local',
    'apps/api/.env',
    'apps/worker/.env.dev',
    'secrets/server.key',
    'tls/cert.pem',
  ])('keeps the secret or local file %s out of the build context', (path) => {
    expect(excluded(path)).toBe(true);
  });

  it.each([
    'node_modules/nx/package.json',
    'apps/web/node_modules/vite/package.json',
    'apps/api/dist/main.js',
    'libs/contracts/dist/cjs/index.js',
    '.nx/cache/run.json',
    '.git/HEAD',
    'logs/llm_calls.jsonl',
    'data/pg/PG_VERSION',
    'npm-debug.log',
  ])('keeps the installed, generated or local %s out of the build context', (path) => {
    expect(excluded(path)).toBe(true);
  });

  it.each([
    'package.json',
    'package-lock.json',
    'nx.json',
    'tsconfig.base.json',
    'apps/api/package.json',
    'apps/api/src/main.ts',
    'apps/web/index.html',
    'libs/contracts/src/index.ts',
    'docker/nginx.conf',
    'docker/runtime-files.mjs',
    'scripts/mark-esm.mjs',
  ])('sends %s, which the image builds need', (path) => {
    expect(excluded(path)).toBe(false);
  });

  it('reads patterns as Docker does (the matcher itself)', () => {
    const rules = dockerignore('**/*.log\nlogs\n!logs/keep.log\n');
    expect(rules('a/b/c.log')).toBe(true);
    expect(rules('logs/x')).toBe(true);
    expect(rules('logs/keep.log')).toBe(false);
    expect(rules('catalogs/x')).toBe(false);
  });
});
