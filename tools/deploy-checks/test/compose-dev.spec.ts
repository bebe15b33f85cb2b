import {
  asList,
  composeConfig,
  publishedPorts,
  requireDockerCompose,
  resolvedCompose,
  type ComposeFile,
} from './support/compose';
import { APPS, readYaml } from './support/repo';

const FILE = 'docker-compose.yaml';

describe('docker-compose.yaml (development)', () => {
  let dev: ComposeFile;

  beforeAll(() => {
    requireDockerCompose();
    dev = resolvedCompose(FILE);
  });

  it('is valid for docker-compose (config -q) with .env.dev copied from the example', () => {
    const result = composeConfig(FILE, {}, ['-q']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs postgres, redis, api, worker and web', () => {
    expect(Object.keys(dev.services).sort()).toEqual(
      ['api', 'postgres', 'redis', 'web', 'worker'].sort(),
    );
  });

  it.each(APPS)('builds %s from its Dockerfile', (app) => {
    expect(dev.services[app].build?.dockerfile).toBe(`docker/${app}.Dockerfile`);
  });

  it('reads .env.dev for the api and the worker', () => {
    const raw = readYaml<ComposeFile>(FILE);
    expect(asList(raw.services.api.env_file)).toEqual(['.env.dev']);
    expect(asList(raw.services.worker.env_file)).toEqual(['.env.dev']);
    // Values from .env.dev arrive (here: the example's), compose's own lines win where needed.
    expect(dev.services.api.environment?.LOG_LEVEL).toBe('info');
    expect(dev.services.api.environment?.DATABASE_URL).toMatch(/@postgres:5432\/seraph$/);
    expect(dev.services.worker.environment?.REDIS_URL).toBe('redis://redis:6379');
  });

  it('publishes ports on 127.0.0.1 only', () => {
    const ports = Object.values(dev.services).flatMap(publishedPorts);
    expect(ports.length).toBeGreaterThan(0);
    for (const port of ports) expect(port.hostIp).toBe('127.0.0.1');
    expect(publishedPorts(dev.services.web)).toEqual([
      { hostIp: '127.0.0.1', published: '8080', target: '8080' },
    ]);
  });

  it('lets the api listen on the private compose network without a token', () => {
    expect(dev.services.api.environment).toMatchObject({
      HOST: '0.0.0.0',
      SERAPH_ALLOW_UNAUTHENTICATED: 'true',
    });
  });

  it('starts the apps once PostgreSQL and Redis are healthy', () => {
    expect(dev.services.api.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(dev.services.web.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    for (const name of ['postgres', 'redis', 'api']) {
      expect(asList(dev.services[name].healthcheck?.test).length).toBeGreaterThan(0);
    }
  });

  it('runs Redis with noeviction, as in production', () => {
    const command = asList(dev.services.redis.command);
    expect(command[command.indexOf('--maxmemory-policy') + 1]).toBe('noeviction');
  });
});
