import {
  asList,
  composeConfig,
  mounts,
  PROD_REQUIRED_ENV,
  publishedPorts,
  requireDockerCompose,
  resolvedCompose,
  type ComposeFile,
  type ComposeService,
} from './support/compose';
import { durationMs, readPackageJson, readRepoFile, readYaml } from './support/repo';

const FILE = 'docker-compose.prod.yaml';
const SERVICES = ['postgres', 'redis', 'migrate', 'api', 'worker', 'web'];
/** Services that run until stopped; `migrate` is a one-shot. */
const LONG_RUNNING = SERVICES.filter((name) => name !== 'migrate');
const IMAGE_APP: Record<string, string> = {
  migrate: 'api',
  api: 'api',
  worker: 'worker',
  web: 'web',
};

describe('docker-compose.prod.yaml', () => {
  let prod: ComposeFile;
  const service = (name: string): ComposeService => prod.services[name];

  beforeAll(() => {
    requireDockerCompose();
    prod = resolvedCompose(FILE, PROD_REQUIRED_ENV);
  });

  it('is valid for docker-compose (config -q) once the required secrets are set', () => {
    const result = composeConfig(FILE, PROD_REQUIRED_ENV, ['-q']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(Object.keys(PROD_REQUIRED_ENV))(
    'refuses to start without %s, naming it (no placeholder default)',
    (name) => {
      const env: Record<string, string> = { ...PROD_REQUIRED_ENV };
      delete env[name];
      const result = composeConfig(FILE, env, ['-q']);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(`set ${name}`);
      expect(readRepoFile(FILE)).not.toMatch(new RegExp(`\\$\\{${name}:?-`));
    },
  );

  it('runs exactly postgres, redis, migrate, api, worker and web', () => {
    expect(Object.keys(prod.services).sort()).toEqual([...SERVICES].sort());
  });

  describe.each(LONG_RUNNING)('%s', (name) => {
    it('has a health check', () => {
      const test = asList(service(name).healthcheck?.test);
      expect(test.length).toBeGreaterThan(0);
      expect(test[0]).not.toBe('NONE');
      expect(service(name).healthcheck?.disable).not.toBe(true);
    });

    it('restarts unless stopped', () => {
      expect(service(name).restart).toBe('unless-stopped');
    });

    it('has a stop grace period', () => {
      expect(durationMs(service(name).stop_grace_period)).toBeGreaterThanOrEqual(10_000);
    });
  });

  it('checks each service where it matters: pg_isready, redis-cli ping, the apps’ endpoints', () => {
    const probe = (name: string) => asList(service(name).healthcheck?.test).join(' ');
    expect(probe('postgres')).toMatch(/pg_isready/);
    expect(probe('redis')).toMatch(/redis-cli ping/);
    expect(probe('api')).toMatch(/http:\/\/127\.0\.0\.1:3000\/health/);
    expect(probe('worker')).toMatch(/http:\/\/127\.0\.0\.1:3001\/health/);
    expect(probe('web')).toMatch(/http:\/\/127\.0\.0\.1:8080\/nginx-health/);
  });

  describe.each(SERVICES)('%s', (name) => {
    it('has memory and CPU limits', () => {
      const limits = service(name).deploy?.resources?.limits;
      const memory = limits?.memory ?? service(name).mem_limit;
      const cpus = limits?.cpus ?? service(name).cpus;
      expect(memory).toMatch(/^\d+[kmg]b?$/i);
      expect(Number(cpus)).toBeGreaterThan(0);
    });

    it('runs as a non-root user', () => {
      const user = String(service(name).user ?? '');
      expect(user).not.toBe('');
      const [uid, gid] = user.split(':');
      expect(['root', '0']).not.toContain(uid);
      if (gid !== undefined) expect(['root', '0']).not.toContain(gid);
    });

    it('rotates its logs (json-file with max-size and max-file)', () => {
      const logging = service(name).logging;
      expect(logging?.driver).toBe('json-file');
      expect(logging?.options?.['max-size']).toMatch(/^\d+[kmg]$/);
      expect(Number(logging?.options?.['max-file'])).toBeGreaterThanOrEqual(1);
    });

    it('cannot gain privileges, has no capabilities and a read-only root with tmpfs', () => {
      expect(service(name).security_opt).toContain('no-new-privileges:true');
      expect(service(name).cap_drop).toEqual(['ALL']);
      expect(service(name).read_only).toBe(true);
      expect(asList(service(name).tmpfs)).toContain('/tmp');
    });

    it('depends only on healthy or completed services', () => {
      const dependsOn = service(name).depends_on ?? {};
      expect(Array.isArray(dependsOn)).toBe(false);
      for (const { condition } of Object.values(dependsOn)) {
        expect(['service_healthy', 'service_completed_successfully']).toContain(condition);
      }
    });
  });

  it('publishes only the web port, on loopback unless the operator says otherwise', () => {
    for (const name of SERVICES.filter((n) => n !== 'web')) {
      expect(publishedPorts(service(name))).toEqual([]);
    }
    expect(publishedPorts(service('web'))).toEqual([
      { hostIp: '127.0.0.1', published: '8080', target: '8080' },
    ]);
    const exposed = resolvedCompose(FILE, {
      ...PROD_REQUIRED_ENV,
      SERAPH_WEB_BIND: '0.0.0.0',
      SERAPH_WEB_PORT: '80',
    });
    expect(publishedPorts(exposed.services.web)).toEqual([
      { hostIp: '0.0.0.0', published: '80', target: '8080' },
    ]);
  });

  it('references the GHCR images as ghcr.io/${owner}/seraph-<app>:${tag}', () => {
    const raw = readYaml<ComposeFile>(FILE);
    for (const [name, app] of Object.entries(IMAGE_APP)) {
      expect(raw.services[name].image).toMatch(
        new RegExp(
          `^ghcr\\.io/\\$\\{SERAPH_IMAGE_OWNER:\\?[^}]+\\}/seraph-${app}:\\$\\{SERAPH_IMAGE_TAG:-[^}]+\\}$`,
        ),
      );
      expect(raw.services[name].build).toBeUndefined();
    }
    expect(service('api').image).toBe('ghcr.io/example-owner/seraph-api:latest');
    const pinned = resolvedCompose(FILE, { ...PROD_REQUIRED_ENV, SERAPH_IMAGE_TAG: '1.2.3' });
    expect(pinned.services.web.image).toBe('ghcr.io/example-owner/seraph-web:1.2.3');
  });

  it('migrates once before the api starts, with the api image’s migrate script', () => {
    expect(service('migrate').restart).toBe('no');
    expect(asList(service('migrate').healthcheck?.test)).toEqual(['NONE']);
    const migrateScript = readPackageJson('apps', 'api').scripts?.migrate;
    expect(asList(service('migrate').command).join(' ')).toBe(migrateScript);
    expect(service('migrate').depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
    });
    expect(service('api').depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(service('worker').depends_on).toMatchObject({
      redis: { condition: 'service_healthy' },
      migrate: { condition: 'service_completed_successfully' },
    });
    expect(service('web').depends_on).toEqual({ api: { condition: 'service_healthy' } });
  });

  it('shares one environment anchor between migrate, api and worker', () => {
    const text = readRepoFile(FILE);
    const anchor = /^(x-[\w-]+):\s*&([\w-]+)\s*$/m;
    const declared = [...text.matchAll(new RegExp(anchor.source, 'gm'))].find(([, key]) =>
      /env/.test(key),
    );
    expect(declared).toBeDefined();
    const alias = `*${declared![2]}`;
    expect(text.split(alias).length - 1).toBeGreaterThanOrEqual(3);
    const shared = ['DATABASE_URL', 'REDIS_URL', 'QUEUE_PREFIX', 'LOG_LEVEL', 'LOG_FORMAT'];
    for (const name of shared) {
      expect(service('api').environment?.[name]).toBeDefined();
      expect(service('worker').environment?.[name]).toBe(service('api').environment?.[name]);
      expect(service('migrate').environment?.[name]).toBe(service('api').environment?.[name]);
    }
    expect(service('api').environment?.DATABASE_URL).toBe(
      `postgres://seraph:${PROD_REQUIRED_ENV.POSTGRES_PASSWORD}@postgres:5432/seraph`,
    );
    expect(service('postgres').environment).toMatchObject({
      POSTGRES_USER: 'seraph',
      POSTGRES_DB: 'seraph',
      POSTGRES_PASSWORD: PROD_REQUIRED_ENV.POSTGRES_PASSWORD,
    });
  });

  it('requires the api token: the api listens on the network, never unauthenticated', () => {
    const env = service('api').environment ?? {};
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.SERAPH_API_TOKEN).toBe(PROD_REQUIRED_ENV.SERAPH_API_TOKEN);
    expect(env.SERAPH_ALLOW_UNAUTHENTICATED ?? 'false').toBe('false');
  });

  it('gives the worker a stop grace period longer than its longest job timeout', () => {
    const table = readRepoFile('apps', 'worker', 'src', 'queues', 'queue-table.ts');
    const timeouts = [...table.matchAll(/timeoutMs:\s*([\d_]+)/g)].map((m) =>
      Number(m[1].replace(/_/g, '')),
    );
    expect(timeouts.length).toBeGreaterThan(0);
    expect(durationMs(service('worker').stop_grace_period)).toBeGreaterThan(Math.max(...timeouts));
  });

  it('gives the api a stop grace period longer than its own shutdown deadline', () => {
    const main = readRepoFile('apps', 'api', 'src', 'main.ts');
    const deadline = /SHUTDOWN_TIMEOUT_MS\s*=\s*([\d_]+)/.exec(main);
    expect(deadline).not.toBeNull();
    expect(durationMs(service('api').stop_grace_period)).toBeGreaterThan(
      Number(deadline![1].replace(/_/g, '')),
    );
  });

  it('runs Redis with noeviction and a deliberate persistence choice', () => {
    const command = asList(service('redis').command);
    const option = (name: string) => command[command.indexOf(name) + 1];
    expect(option('--maxmemory-policy')).toBe('noeviction');
    expect(option('--appendonly')).toBe('yes');
    expect(option('--save')).toBe('');
    expect(option('--maxmemory')).toMatch(/^\d+mb$/);
    // maxmemory below the container limit: Redis answers "OOM" instead of being killed.
    const maxmemory = parseInt(option('--maxmemory'), 10);
    const limit = parseInt(String(service('redis').deploy?.resources?.limits?.memory), 10);
    expect(maxmemory).toBeLessThan(limit);
  });

  it('keeps data in named volumes and the LLM call log in a volume of its own', () => {
    expect(mounts(service('postgres'))['/var/lib/postgresql/data']).toBe('postgres-data');
    expect(mounts(service('redis'))['/data']).toBe('redis-data');
    for (const name of ['api', 'worker']) {
      const logDir = service(name).environment?.LLM_LOG_DIR;
      expect(logDir).toBe('/app/logs');
      expect(mounts(service(name))[logDir!]).toBe('seraph-logs');
    }
    expect(Object.keys(prod.volumes ?? {}).sort()).toEqual(
      ['postgres-data', 'redis-data', 'seraph-logs'].sort(),
    );
  });

  it('keeps PostgreSQL and Redis on an internal network', () => {
    const networks = (name: string) => Object.keys(service(name).networks ?? {});
    const internal = Object.entries(prod.networks ?? {})
      .filter(([, network]) => network?.internal === true)
      .map(([name]) => name);
    expect(internal).toHaveLength(1);
    expect(networks('postgres')).toEqual(internal);
    expect(networks('redis')).toEqual(internal);
    expect(networks('web')).not.toContain(internal[0]);
  });
});
