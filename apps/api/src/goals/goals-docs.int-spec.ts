import { http } from '../../test/goals';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('goals api: OpenAPI document', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('documents every goal endpoint, parameter, body and error in /api/docs-json', async () => {
    const { body } = await http(api).get('/api/docs-json').expect(200);
    const op = (path: string, method: string) => body.paths[path]?.[method];
    const params = (path: string, method: string) =>
      (op(path, method).parameters as { name: string; in: string }[]).map(
        (p) => `${p.in}:${p.name}`,
      );
    const codes = (path: string, method: string) => Object.keys(op(path, method).responses).sort();

    expect(params('/api/goals', 'get')).toEqual(
      expect.arrayContaining([
        'query:q',
        'query:level',
        'query:domain',
        'query:status',
        'query:parentId',
        'query:sort',
        'query:order',
      ]),
    );
    expect(params('/api/goals/tree', 'get')).toEqual(
      expect.arrayContaining(['query:sort', 'query:order']),
    );
    expect(op('/api/goals/dashboard', 'get').responses['200']).toBeDefined();
    expect(params('/api/goals/{id}', 'delete')).toEqual(
      expect.arrayContaining(['path:id', 'query:cascade']),
    );
    expect(codes('/api/goals', 'post')).toEqual(
      expect.arrayContaining(['201', '400', '404', '409', '500']),
    );
    expect(codes('/api/goals/{id}', 'patch')).toEqual(
      expect.arrayContaining(['200', '400', '404', '409']),
    );
    expect(codes('/api/goals/{id}', 'delete')).toEqual(
      expect.arrayContaining(['204', '400', '404', '409']),
    );
    expect(codes('/api/goals/{id}', 'get')).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(
      op('/api/goals', 'post').requestBody.content['application/json'].examples,
    ).toHaveProperty('titleOnly');
    expect(
      op('/api/goals/{id}', 'patch').responses['409'].content['application/json'].examples,
    ).toHaveProperty('cycle');
    expect(body.components.schemas.GoalDto.required).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'progress',
        'overdue',
        'behind',
        'stalled',
        'childCount',
      ]),
    );
    expect(body.components.schemas.GoalTreeNodeDto.properties).toHaveProperty('children');
    expect(body.components.schemas.GoalDashboardDto.properties).toHaveProperty('dueSoon');
  });
});
