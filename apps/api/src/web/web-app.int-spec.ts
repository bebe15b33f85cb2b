import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@seraph/testing';
import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';

const INDEX_HTML =
  '<!doctype html><html><body><div id="root"></div><script src="/assets/app-abc.js"></script></body></html>';

describe('web app serving', () => {
  let database: TestDatabase;
  let webDir: string;

  beforeAll(async () => {
    database = await createTestDatabase('web');
    webDir = mkdtempSync(join(tmpdir(), 'seraph-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX_HTML);
    writeFileSync(join(webDir, 'assets', 'app-abc.js'), 'console.log("seraph");');
  });

  afterAll(async () => {
    rmSync(webDir, { recursive: true, force: true });
    await database?.drop();
  });

  describe('with a build', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ database, env: { WEB_DIST_DIR: webDir } });
    });
    afterAll(async () => api?.close());
    const http = () => request(api.app.getHttpServer());

    it('serves index.html at / and revalidates it on every load', async () => {
      const response = await http().get('/').expect(200);
      expect(response.text).toBe(INDEX_HTML);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    it('serves index.html for client-side routes', async () => {
      const response = await http().get('/some/deep/route').expect(200);
      expect(response.text).toBe(INDEX_HTML);
      expect(response.headers['cache-control']).toBe('no-cache');
    });

    it('caches hashed assets for a year', async () => {
      const response = await http().get('/assets/app-abc.js').expect(200);
      expect(response.text).toBe('console.log("seraph");');
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('answers a missing asset with 404 rather than index.html', async () => {
      await http().get('/assets/app-missing.js').expect(404);
    });

    it('leaves /api and /health to the api', async () => {
      const missing = await http().get('/api/nope').expect(404);
      expect(missing.body).toEqual({
        statusCode: 404,
        error: 'Not Found',
        message: 'Cannot GET /api/nope',
      });
      expect((await http().get('/health').expect(200)).body).toEqual({ status: 'ok' });
    });
  });

  describe('without a build', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ database, env: { WEB_DIST_DIR: join(webDir, 'not-built') } });
    });
    afterAll(async () => api?.close());

    it('explains at / how to build the web app instead of failing', async () => {
      const response = await request(api.app.getHttpServer()).get('/').expect(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('not built');
      expect(response.text).toContain('npx nx build @seraph/web');
    });
  });
});
