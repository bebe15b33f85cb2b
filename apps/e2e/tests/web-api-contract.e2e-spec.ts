import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startApi, type RunningApi } from '../support/api-process';

const ENDPOINTS_FILE = resolve(__dirname, '../../web/src/api/endpoints.ts');

/** `METHOD /path` pairs the web client declares (its only source of request paths). */
function clientEndpoints(): { method: string; path: string }[] {
  const text = readFileSync(ENDPOINTS_FILE, 'utf8');
  return [...text.matchAll(/'(GET|POST|PUT|PATCH|DELETE) (\/api\/[^']*)'/g)].map((m) => ({
    method: m[1],
    path: m[2],
  }));
}

describe('the web client’s api calls', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('all exist, path and method, in the running api’s OpenAPI document', async () => {
    const doc = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const endpoints = clientEndpoints();
    expect(endpoints.length).toBeGreaterThanOrEqual(10);
    const missing = endpoints.filter(
      ({ method, path }) => !doc.paths[path]?.[method.toLowerCase()],
    );
    expect(missing).toEqual([]);
  });
});
