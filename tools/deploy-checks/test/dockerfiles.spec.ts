import { execFileSync } from 'node:child_process';
import {
  baseImage,
  execForm,
  finalStage,
  healthcheckCommand,
  instructions,
  last,
  parseDockerfile,
  type Dockerfile,
} from './support/dockerfile';
import { APPS, readPackageJson, readRepoFile, readYaml, repoPath, type App } from './support/repo';

const dockerfile = (app: App): Dockerfile =>
  parseDockerfile(readRepoFile('docker', `${app}.Dockerfile`));
const allRuns = (file: Dockerfile) => file.stages.flatMap((stage) => instructions(stage, 'RUN'));

/** The health endpoint each image's HEALTHCHECK must hit. */
const HEALTH_URL: Record<App, RegExp> = {
  api: /http:\/\/127\.0\.0\.1:'\+\(process\.env\.PORT\|\|3000\)\+'\/health'/,
  worker: /http:\/\/127\.0\.0\.1:'\+\(process\.env\.WORKER_HEALTH_PORT\|\|3001\)\+'\/health'/,
  web: /http:\/\/127\.0\.0\.1:8080\/nginx-health$/,
};

describe.each(APPS)('docker/%s.Dockerfile', (app) => {
  const file = dockerfile(app);
  const runtime = finalStage(file);
  const pkg = readPackageJson('apps', app);

  it('is multi-stage: builds in one stage, runs from another', () => {
    expect(file.stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime.name).toBe('runtime');
    expect(instructions(runtime, 'RUN').join(' ')).not.toMatch(/npm ci|nx /);
  });

  it('installs with npm ci from the lockfile', () => {
    expect(allRuns(file).some((run) => /\bnpm ci\b/.test(run))).toBe(true);
  });

  it(`builds with the Nx target CI runs (@seraph/${app}:build)`, () => {
    expect(pkg.scripts?.build).toBeDefined();
    expect(allRuns(file).some((run) => run.includes(`npx nx run @seraph/${app}:build`))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = last(runtime, 'USER');
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
    // Nothing after the last USER switches back.
    const keywords = runtime.instructions.map((i) => i.keyword);
    expect(keywords.lastIndexOf('USER')).toBeGreaterThan(keywords.lastIndexOf('RUN'));
  });

  it('has a HEALTHCHECK on the service’s health endpoint', () => {
    const healthcheck = last(runtime, 'HEALTHCHECK');
    expect(healthcheck).toBeDefined();
    expect(healthcheck).toMatch(/--interval=\S+/);
    expect(healthcheck).toMatch(/--timeout=\S+/);
    expect(healthcheckCommand(healthcheck!)).toMatch(HEALTH_URL[app]);
  });

  it('keeps secrets out of every layer', () => {
    const text = readRepoFile('docker', `${app}.Dockerfile`);
    expect(text).not.toMatch(/(?<!\w)\.env\b/);
    for (const stage of file.stages) {
      for (const { keyword, args } of stage.instructions) {
        if (keyword === 'ARG' || keyword === 'ENV') {
          expect(args).not.toMatch(/TOKEN|PASSWORD|SECRET|API_KEY|PRIVATE/i);
        }
      }
    }
  });

  it('exposes the port its service listens on', () => {
    expect(instructions(runtime, 'EXPOSE')).toEqual([
      { api: '3000', worker: '3001', web: '8080' }[app],
    ]);
  });
});

describe.each(['api', 'worker'] as const)('the %s image', (app) => {
  const file = dockerfile(app);
  const runtime = finalStage(file);
  const pkg = readPackageJson('apps', app);

  it('starts with the app’s own start script, from the app folder', () => {
    expect(pkg.scripts?.start).toBe(`node ${pkg.main?.replace(/^\.\//, '')}`);
    expect(last(runtime, 'WORKDIR')).toBe(`/app/apps/${app}`);
    expect(execForm(last(runtime, 'CMD') ?? '')).toBe(pkg.scripts?.start);
    expect(last(runtime, 'ENTRYPOINT')).toBeUndefined();
  });

  it('ships production dependencies only (npm ci --omit=dev for this workspace)', () => {
    const prodDeps = file.stages.find((stage) => stage.name === 'prod-deps');
    expect(prodDeps).toBeDefined();
    expect(instructions(prodDeps!, 'RUN').join(' ')).toMatch(
      new RegExp(`npm ci --omit=dev --workspace @seraph/${app}\\b`),
    );
    const copies = instructions(runtime, 'COPY');
    expect(copies).toContain('--from=prod-deps /repo ./');
    expect(copies).toContain('--from=build /out ./');
    expect(copies.some((copy) => copy.includes('--from=deps'))).toBe(false);
  });

  it('runs on a slim Node 20 base, the Node major CI tests with', () => {
    const ci = readYaml<{ jobs: { test: { container: { image: string } } } }>(
      '.github',
      'workflows',
      'ci.yaml',
    );
    const ciMajor = /^node:(\d+)/.exec(ci.jobs.test.container.image)?.[1];
    expect(baseImage(file, runtime)).toMatch(new RegExp(`^node:${ciMajor}-[a-z]+-slim$`));
  });

  it('copies exactly the workspace packages the app needs at run time', () => {
    const list = execFileSync('node', ['docker/runtime-files.mjs', `@seraph/${app}`, '--list'], {
      cwd: repoPath(),
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(list[0]).toBe(`apps/${app}`);
    expect(list).toContain('libs/contracts');
    // Test helpers are devDependencies and never reach an image.
    expect(list).not.toContain('libs/testing');
    for (const folder of list.slice(1)) {
      const dependencyName = readPackageJson(folder).name;
      const dependents = [`apps/${app}`, ...list].map((f) => readPackageJson(f).dependencies ?? {});
      expect(dependents.some((deps) => dependencyName in deps)).toBe(true);
    }
  });
});

describe('the api image’s migration entry', () => {
  it('is the api’s migrate script, which the prod compose migrate service runs', () => {
    expect(readPackageJson('apps', 'api').scripts?.migrate).toBe('node dist/migrate.js');
  });
});

describe('the web image', () => {
  const file = dockerfile('web');
  const runtime = finalStage(file);
  const conf = readRepoFile('docker', 'nginx.conf');

  it('is unprivileged nginx serving the built SPA with docker/nginx.conf', () => {
    expect(baseImage(file, runtime)).toMatch(/^nginxinc\/nginx-unprivileged:[\d.]+-alpine$/);
    const copies = instructions(runtime, 'COPY');
    expect(copies).toContain('docker/nginx.conf /etc/nginx/nginx.conf');
    const root = /^\s*root\s+(\S+);\s*# e2e: web root$/m.exec(conf)?.[1];
    expect(copies).toContain(`--from=build /repo/apps/web/dist ${root}`);
    // Prefix /tmp/ (a tmpfs in compose): where the conf's relative pid and temp paths land.
    expect(execForm(last(runtime, 'CMD') ?? '')).toBe(
      'nginx -e stderr -p /tmp/ -c /etc/nginx/nginx.conf -g daemon off;',
    );
  });

  it('writes only under its prefix, so the root filesystem can be read-only', () => {
    const writes = [...conf.matchAll(/^\s*(pid|\w+_temp_path)\s+(\S+);/gm)];
    expect(writes.map(([, directive]) => directive).sort()).toEqual(
      [
        'client_body_temp_path',
        'fastcgi_temp_path',
        'pid',
        'proxy_temp_path',
        'scgi_temp_path',
        'uwsgi_temp_path',
      ].sort(),
    );
    for (const [, , path] of writes) expect(path).not.toMatch(/^\//);
    expect(conf).toMatch(/^error_log stderr /m);
    expect(conf).toMatch(/^\s*access_log \/dev\/stdout /m);
  });

  it('listens where it exposes, and its conf keeps the three e2e markers', () => {
    const listen = /^\s*listen\s+(\d+);\s*# e2e: listen port$/m.exec(conf)?.[1];
    expect(listen).toBe('8080');
    for (const marker of ['# e2e: listen port', '# e2e: web root', '# e2e: api address']) {
      expect(conf.split(marker).length - 1).toBe(1);
    }
    expect(conf).toMatch(/^\s*set \$seraph_api api:3000; # e2e: api address$/m);
  });
});
