import { DEFAULT_SETTINGS, type ApiErrorBody } from '@seraph/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';

const SETTINGS = '/api/settings';
const MODE = '/api/settings/interruption-mode';

describe('settings: OpenAPI', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('documents every settings route with its body, answers and errors, with examples', async () => {
    const { body: doc } = await request(api.url).get('/api/docs-json').expect(200);
    const routes = [
      ['/api/settings', 'get'],
      ['/api/settings', 'patch'],
      ['/api/settings/interruption-mode', 'get'],
      ['/api/settings/interruption-mode', 'put'],
    ] as const;
    for (const [path, method] of routes) {
      const operation = doc.paths[path]?.[method];
      expect({ path, method, documented: Boolean(operation) }).toMatchObject({ documented: true });
      expect(operation.tags).toEqual(['settings']);
      expect(operation.responses['200'].content['application/json'].example).toBeDefined();
      expect(operation.responses['401']).toBeDefined();
      expect(operation.responses['500'].content['application/json'].example).toMatchObject({
        statusCode: 500,
      });
      if (method === 'get') continue;
      expect(
        Object.keys(operation.requestBody.content['application/json'].examples).length,
      ).toBeGreaterThan(0);
      const badRequest = operation.responses['400'].content['application/json'];
      expect(badRequest.schema).toEqual({ $ref: '#/components/schemas/ApiErrorBodyDto' });
      expect(Object.keys(badRequest.examples).length).toBeGreaterThan(1);
    }
    expect(Object.keys(doc.components.schemas.SettingsDto.properties).sort()).toEqual(
      [...Object.keys(DEFAULT_SETTINGS), 'updatedAt'].sort(),
    );
  });

  it('shows error examples the api really answers', async () => {
    const { body: doc } = await request(api.url).get('/api/docs-json').expect(200);
    const examples = doc.paths['/api/settings'].patch.responses['400'].content['application/json']
      .examples as Record<string, { value: ApiErrorBody }>;
    const real = await request(api.url).patch(SETTINGS).send({ theme: 'dark' }).expect(400);
    expect(examples.unknownField.value).toEqual(real.body);
    const empty = await request(api.url).patch(SETTINGS).send({}).expect(400);
    expect(examples.empty.value).toEqual(empty.body);
    const hours = await request(api.url)
      .patch(SETTINGS)
      .send({ activeHoursEnd: '08:00' })
      .expect(400);
    expect(examples.activeHours.value).toEqual(hours.body);
    const malformed = await request(api.url)
      .patch(SETTINGS)
      .set('Content-Type', 'application/json')
      .send('not json')
      .expect(400);
    expect(examples.malformed.value).toEqual(malformed.body);
    const modeExamples = doc.paths[MODE].put.responses['400'].content['application/json']
      .examples as Record<string, { value: ApiErrorBody }>;
    const wrong = await request(api.url).put(MODE).send({ mode: 'loud' }).expect(400);
    expect(modeExamples.wrongMode.value).toEqual(wrong.body);
    const missing = await request(api.url).put(MODE).send({}).expect(400);
    expect(modeExamples.missing.value).toEqual(missing.body);
  });
});
