import { Writable } from 'node:stream';
import request from 'supertest';
import { createRootLogger } from './logging/root-logger';
import { startTestApp, type TestApp } from '../test/test-app';

describe('api conventions', () => {
  let api: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    api = await startTestApp({
      logger: createRootLogger({ level: 'info', format: 'json' }, 'seraph-api', sink),
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const http = () => request(api.app.getHttpServer());

  describe('request ids', () => {
    it('echoes the caller id', async () => {
      const response = await http().get('/health').set('X-Request-Id', 'abc-123').expect(200);
      expect(response.headers['x-request-id']).toBe('abc-123');
    });

    it('generates one when absent or unsafe', async () => {
      const plain = await http().get('/api/auth/session').expect(200);
      expect(plain.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const unsafe = await http().get('/health').set('X-Request-Id', 'x'.repeat(500)).expect(200);
      expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('logs one JSON line per change with its id, and never the credentials', async () => {
      await http()
        .post('/api/auth/logout')
        .set('X-Request-Id', 'log-check-1')
        .set('Authorization', 'Bearer super-secret-bearer-value')
        .set('Cookie', 'seraph_token=super-secret-cookie-value')
        .expect(200);
      const lines = logLines.filter((line) => line.includes('log-check-1'));
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]);
      expect(entry).toMatchObject({
        level: 'info',
        req: { id: 'log-check-1', method: 'POST', url: '/api/auth/logout' },
        res: { statusCode: 200 },
      });
      expect(logLines.join('\n')).not.toMatch(/super-secret/);
    });

    it('keeps successful reads out of the info log, but not refused ones', async () => {
      await http().get('/api/auth/session').set('X-Request-Id', 'log-check-read').expect(200);
      await http().get('/api/nope').set('X-Request-Id', 'log-check-404').expect(404);
      expect(logLines.filter((line) => line.includes('log-check-read'))).toHaveLength(0);
      const refused = logLines.filter((line) => line.includes('log-check-404'));
      expect(refused.map((line) => JSON.parse(line).level)).toEqual(['warn']);
    });
  });

  describe('errors', () => {
    it('answers unknown /api routes with a JSON 404', async () => {
      const response = await http().get('/api/nope').expect(404);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Cannot GET /api/nope',
      });
    });

    it('answers a malformed JSON body with a 400, not a 500', async () => {
      const response = await http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"token": ')
        .expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.any(String),
      });
    });

    it('answers an oversized body with a 413 in the same shape', async () => {
      const response = await http()
        .post('/api/auth/login')
        .send({ token: 'x'.repeat(200_000) })
        .expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    });
  });

  describe('without SERAPH_API_TOKEN', () => {
    it('reports that no sign-in is needed', async () => {
      expect((await http().get('/api/auth/session').expect(200)).body).toEqual({
        authRequired: false,
        authenticated: true,
      });
      expect(
        (await http().post('/api/auth/login').send({ token: 'anything' }).expect(200)).body,
      ).toEqual({
        authenticated: true,
      });
    });
  });

  describe('OpenAPI', () => {
    it('serves the Swagger UI at /api/docs', async () => {
      const response = await http().get('/api/docs').expect(200);
      expect(response.text).toContain('swagger-ui');
    });

    it('describes health and auth with the bearer and cookie schemes', async () => {
      const { body } = await http().get('/api/docs-json').expect(200);
      expect(body.info).toMatchObject({
        title: 'Seraph API',
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining([
          '/health',
          '/health/ready',
          '/api/auth/login',
          '/api/auth/logout',
          '/api/auth/session',
        ]),
      );
      expect(body.paths['/health/ready'].get.responses).toHaveProperty('503');
      expect(body.components.securitySchemes).toMatchObject({
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'seraph_token' },
      });
    });
  });
});
