import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { fetchReadiness, readinessFromResponse } from './readiness';

const ok = {
  status: 'ok',
  failing: [],
  details: { postgres: { status: 'up' }, redis: { status: 'up' } },
};
const redisDown = {
  status: 'error',
  failing: ['redis'],
  details: { postgres: { status: 'up' }, redis: { status: 'down' } },
};

describe('readinessFromResponse', () => {
  it.each([
    ['200 ok', 200, ok, { kind: 'ready' }],
    ['503 redis down', 503, redisDown, { kind: 'degraded', failing: ['redis'] }],
    [
      '503 both down',
      503,
      { status: 'error', failing: ['redis', 'postgres'], details: {} },
      { kind: 'degraded', failing: ['postgres', 'redis'] },
    ],
    [
      '503 naming nothing known',
      503,
      { status: 'error', failing: ['mystery'], details: {} },
      { kind: 'degraded', failing: [] },
    ],
    ['502 from a proxy', 502, null, { kind: 'offline' }],
    ['500 with another body', 500, { statusCode: 500, message: 'boom' }, { kind: 'offline' }],
    ['503 that is not a readiness body', 503, '<html>down</html>', { kind: 'offline' }],
  ])('%s', (_name, status, body, expected) => {
    expect(readinessFromResponse(status, body)).toEqual(expected);
  });
});

describe('fetchReadiness', () => {
  it('asks GET /health/ready', async () => {
    const fetchMock = stubFetch({ '/health/ready': { status: 200, body: ok } });
    await expect(fetchReadiness()).resolves.toEqual({ kind: 'ready' });
    expect(fetchMock).toHaveBeenCalledWith(
      '/health/ready',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('reads a 503 as degraded', async () => {
    stubFetch({ '/health/ready': { status: 503, body: redisDown } });
    await expect(fetchReadiness()).resolves.toEqual({ kind: 'degraded', failing: ['redis'] });
  });

  it('reads a failed request as offline', async () => {
    stubFetch({ '/health/ready': 'network-error' });
    await expect(fetchReadiness()).resolves.toEqual({ kind: 'offline' });
  });

  it('reads a non-JSON error page as offline', async () => {
    stubFetch({ '/health/ready': { status: 502, body: 'Bad Gateway' } });
    await expect(fetchReadiness()).resolves.toEqual({ kind: 'offline' });
  });
});
