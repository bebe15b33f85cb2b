import { http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('strategist api: OpenAPI document', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('documents POST /api/strategist/run: 202 with the job id, 503 without Redis', async () => {
    const { body } = await http(api).get('/api/docs-json').expect(200);
    const run = body.paths['/api/strategist/run']?.post;
    expect(run.tags).toEqual(['strategist']);
    expect(Object.keys(run.responses).sort()).toEqual(
      expect.arrayContaining(['202', '400', '500', '503']),
    );
    const accepted = run.responses['202'].content['application/json'];
    expect(accepted.schema.$ref).toBe('#/components/schemas/StrategistRunResponseDto');
    expect(accepted.example).toEqual({ jobId: 'manual-2026-11-25T20-47' });
    expect(run.responses['503'].content['application/json'].example).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
    });
    expect(body.components.schemas.StrategistRunResponseDto.required).toEqual(['jobId']);
  });
});
