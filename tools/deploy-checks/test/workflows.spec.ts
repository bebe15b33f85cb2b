import { validateWorkflow } from '@action-validator/core';
import { existsSync } from 'node:fs';
import { readRepoFile, readYaml, repoPath } from './support/repo';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: { image: string; options?: string };
  services?: Record<string, { image: string }>;
  strategy?: { matrix: Record<string, string[]> };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[]; tags?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const WORKFLOWS = ['ci.yaml', 'build.yaml'];
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).map((step) => step.run ?? '');
const action = (workflow: Workflow, name: string) =>
  steps(workflow).find((step) => step.uses?.split('@')[0] === name);

describe.each(WORKFLOWS)('.github/workflows/%s', (file) => {
  it('is valid against the published workflow schema (action-validator)', () => {
    const { errors } = validateWorkflow(readRepoFile('.github', 'workflows', file));
    expect(errors).toEqual([]);
  });

  it('pins every action to a major version', () => {
    const workflow = readYaml<Workflow>('.github', 'workflows', file);
    for (const step of steps(workflow).filter((s) => s.uses)) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
  });
});

describe('the schema check', () => {
  it('catches a broken workflow (so a green result means something)', () => {
    const { errors } = validateWorkflow(
      'on: push\njobs:\n  test:\n    runs-on: x\n    stepz: []\n',
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('ci.yaml', () => {
  const ci = readYaml<Workflow>('.github', 'workflows', 'ci.yaml');
  const job = ci.jobs.test;

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });

  it('tests against PostgreSQL 15 and Redis 7 service containers', () => {
    expect(job.services?.postgres.image).toMatch(/^postgres:15\b/);
    expect(job.services?.redis.image).toMatch(/^redis:7\b/);
    expect(job.env?.TEST_POSTGRES_ADMIN_URL).toMatch(/@postgres:5432\//);
    expect(job.env?.TEST_REDIS_URL).toBe('redis://redis:6379');
  });

  it('installs Chromium, nginx and docker-compose from apt (Debian, as .ci/run)', () => {
    expect(job.container?.image).toMatch(/^node:20-bookworm/);
    const apt = runs(ci).find((run) => run.includes('apt-get install')) ?? '';
    for (const pkg of ['chromium', 'nginx', 'docker-compose', 'redis-server']) {
      expect(apt).toMatch(new RegExp(`\\b${pkg}\\b`));
    }
  });

  it('installs with npm ci, type-checks, lints and runs npm test', () => {
    const commands = runs(ci).map((run) => run.trim());
    const index = (pattern: RegExp) => commands.findIndex((run) => pattern.test(run));
    expect(index(/^npm ci\b/)).toBeGreaterThanOrEqual(0);
    expect(index(/nx run-many -t typecheck/)).toBeGreaterThan(index(/^npm ci\b/));
    expect(index(/nx run-many -t lint/)).toBeGreaterThan(index(/^npm ci\b/));
    expect(index(/^npm test$/)).toBeGreaterThan(index(/nx run-many -t lint/));
  });

  it('caches Nx results between runs', () => {
    const caches = steps(ci).filter((step) => step.uses?.startsWith('actions/cache@'));
    expect(caches.map((step) => step.with?.path)).toContain('.nx/cache');
  });

  it('has the README badge', () => {
    expect(readRepoFile('README.md')).toMatch(
      /!\[CI\]\(https:\/\/github\.com\/[^/]+\/seraph\/actions\/workflows\/ci\.yaml\/badge\.svg\)/,
    );
  });
});

describe('build.yaml', () => {
  const build = readYaml<Workflow>('.github', 'workflows', 'build.yaml');
  const job = Object.values(build.jobs)[0];

  it('runs on pushes to main and on version tags', () => {
    expect(build.on.push?.branches).toEqual(['main']);
    expect(build.on.push?.tags).toEqual(['v*']);
    expect(build.on.pull_request).toBeUndefined();
  });

  it('may write packages and nothing else beyond reading the code', () => {
    expect(build.permissions).toEqual({ contents: 'read', packages: 'write' });
  });

  it('builds the api, worker and web from their Dockerfiles', () => {
    expect(job.strategy?.matrix.app).toEqual(['api', 'worker', 'web']);
    const push = action(build, 'docker/build-push-action');
    expect(push?.with?.file).toBe('docker/${{ matrix.app }}.Dockerfile');
    expect(push?.with?.context).toBe('.');
    for (const app of job.strategy!.matrix.app) {
      expect(existsSync(repoPath('docker', `${app}.Dockerfile`))).toBe(true);
    }
  });

  it('logs in to GHCR and pushes ghcr.io/<owner>/seraph-<app>', () => {
    expect(action(build, 'docker/login-action')?.with?.registry).toBe('ghcr.io');
    const meta = action(build, 'docker/metadata-action');
    expect(meta?.with?.images).toBe(
      'ghcr.io/${{ github.repository_owner }}/seraph-${{ matrix.app }}',
    );
    expect(String(action(build, 'docker/build-push-action')?.with?.push)).toBe('true');
  });

  it('tags the commit sha, latest on main and the version on tags', () => {
    const tags = action(build, 'docker/metadata-action')?.with?.tags ?? '';
    expect(tags).toMatch(/^type=sha\b/m);
    expect(tags).toMatch(/^type=raw,value=latest,enable=\{\{is_default_branch\}\}$/m);
    expect(tags).toMatch(/^type=semver,pattern=\{\{version\}\}$/m);
  });

  it('reuses layers through the GitHub Actions cache', () => {
    const push = action(build, 'docker/build-push-action');
    expect(push?.with?.['cache-from']).toMatch(/^type=gha\b/);
    expect(push?.with?.['cache-to']).toMatch(/^type=gha\b.*mode=max/);
  });
});
