import { StrategistRunEntity } from '@seraph/persistence';
import { DataSource } from 'typeorm';
import { http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('strategist api: GET /api/strategist/runs', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    const runs = api.app.get(DataSource).getRepository(StrategistRunEntity);
    await runs.save([
      {
        jobId: 'repeat:strategist.tick:1',
        startedAt: new Date('2026-11-25T20:00:00Z'),
        finishedAt: new Date('2026-11-25T20:00:00.030Z'),
        outcome: 'nothing_new',
        reason: 'nothing changed since the last model call',
      },
      {
        jobId: 'manual-2026-11-25T20-47',
        startedAt: new Date('2026-11-25T20:47:01Z'),
        finishedAt: new Date('2026-11-25T20:47:03Z'),
        outcome: 'queued',
        reason: 'queued: user is in a meeting',
        modelCalled: true,
        inputTokens: 1200,
        outputTokens: 40,
      },
      {
        jobId: 'repeat:strategist.tick:2',
        startedAt: new Date('2026-11-25T21:00:00Z'),
        finishedAt: null,
        outcome: null,
      },
    ]);
  });
  afterAll(() => api?.close());

  it('lists ticks newest first with outcome, reason and tokens; manual ones are marked', async () => {
    const { body } = await http(api).get('/api/strategist/runs').expect(200);
    expect(body.items.map((run: { jobId: string }) => run.jobId)).toEqual([
      'repeat:strategist.tick:2',
      'manual-2026-11-25T20-47',
      'repeat:strategist.tick:1',
    ]);
    expect(body.items[0]).toMatchObject({ finishedAt: null, outcome: null, manual: false });
    expect(body.items[1]).toEqual({
      jobId: 'manual-2026-11-25T20-47',
      manual: true,
      startedAt: '2026-11-25T20:47:01.000Z',
      finishedAt: '2026-11-25T20:47:03.000Z',
      outcome: 'queued',
      reason: 'queued: user is in a meeting',
      modelCalled: true,
      inputTokens: 1200,
      outputTokens: 40,
      insightId: null,
    });
    const { body: one } = await http(api).get('/api/strategist/runs?limit=1').expect(200);
    expect(one.items).toHaveLength(1);
  });

  // Also a repeated parameter (an array), a number past 2^53, a sign and a NUL byte.
  it.each([['0'], ['101'], ['ten'], ['1.5'], ['1&limit=2'], ['9'.repeat(30)], ['-1'], ['%00']])(
    'refuses limit=%s naming the field',
    async (limit) => {
      const { body } = await http(api).get(`/api/strategist/runs?limit=${limit}`).expect(400);
      expect(body.details).toEqual([
        { field: 'limit', rule: 'must be a whole number from 1 to 100' },
      ]);
    },
  );

  it('is documented with its example', async () => {
    const { body: doc } = await http(api).get('/api/docs-json').expect(200);
    const operation = doc.paths['/api/strategist/runs'].get;
    expect(operation.responses['200'].content['application/json'].example.items).toHaveLength(2);
    expect(operation.responses['400']).toBeDefined();
  });
});
