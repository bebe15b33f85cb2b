import { toReadinessResponse } from './readiness.mapper';

describe('toReadinessResponse', () => {
  it('is ok with nothing failing when terminus reports every indicator up', () => {
    expect(
      toReadinessResponse({
        status: 'ok',
        info: { postgres: { status: 'up' }, redis: { status: 'up' } },
        error: {},
        details: { postgres: { status: 'up' }, redis: { status: 'up' } },
      }),
    ).toEqual({
      status: 'ok',
      failing: [],
      details: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('lists the down dependencies with their messages', () => {
    expect(
      toReadinessResponse({
        status: 'error',
        details: {
          postgres: { status: 'down' },
          redis: { status: 'down', message: 'not connected' },
        },
      }),
    ).toEqual({
      status: 'error',
      failing: ['postgres', 'redis'],
      details: {
        postgres: { status: 'down', message: 'did not answer' },
        redis: { status: 'down', message: 'not connected' },
      },
    });
  });

  it('counts a dependency that was not checked as down', () => {
    const body = toReadinessResponse({ status: 'ok', details: { postgres: { status: 'up' } } });
    expect(body.status).toBe('error');
    expect(body.failing).toEqual(['redis']);
  });
});
