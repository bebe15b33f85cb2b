import { http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('insights api: OpenAPI document', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('documents GET /api/insights and POST /api/insights/deliver with schemas and examples', async () => {
    const { body } = await http(api).get('/api/docs-json').expect(200);
    const op = (path: string, method: string) => body.paths[path]?.[method];
    const codes = (path: string, method: string) => Object.keys(op(path, method).responses).sort();
    const json = (path: string, method: string, code: string) =>
      op(path, method).responses[code].content['application/json'];

    const list = op('/api/insights', 'get');
    expect(list.tags).toEqual(['insights']);
    const status = (
      list.parameters as { name: string; in: string; schema: { enum: string[] } }[]
    ).find((p) => p.in === 'query' && p.name === 'status');
    expect(status?.schema.enum).toEqual(['queued', 'delivered']);
    expect(codes('/api/insights', 'get')).toEqual(expect.arrayContaining(['200', '400', '500']));
    expect(json('/api/insights', 'get', '200').schema.$ref).toBe(
      '#/components/schemas/InsightListDto',
    );
    expect(json('/api/insights', 'get', '200').example.items).toHaveLength(2);
    expect(json('/api/insights', 'get', '400').examples.status.value.details).toEqual([
      { field: 'status', rule: 'must be one of queued, delivered' },
    ]);

    expect(codes('/api/insights/deliver', 'post')).toEqual(
      expect.arrayContaining(['200', '400', '500']),
    );
    const delivered = json('/api/insights/deliver', 'post', '200');
    expect(delivered.schema.$ref).toBe('#/components/schemas/DeliverInsightsResponseDto');
    expect(Object.keys(delivered.examples)).toEqual(['delivered', 'nothingQueued']);

    const { schemas } = body.components;
    expect(schemas.InsightDto.required).toEqual(
      expect.arrayContaining([
        'id',
        'text',
        'urgency',
        'type',
        'goalIds',
        'status',
        'createdAt',
        'deliveredAt',
      ]),
    );
    expect(schemas.InsightDto.properties.type.enum).toEqual(['advisory', 'nudge', 'alert']);
    expect(schemas.InsightListDto.properties.items.items.$ref).toBe(
      '#/components/schemas/InsightDto',
    );
    expect(schemas.DeliverInsightsResponseDto.required).toEqual(['delivered']);
  });
});
