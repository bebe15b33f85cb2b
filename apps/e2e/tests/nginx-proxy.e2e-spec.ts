import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { request } from 'node:http';
import { SOCKET_EVENTS, type ServerHelloPayload } from '@seraph/contracts';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { startApi, type RunningApi } from '../support/api-process';
import { launchBrowser } from '../support/browser';
import { processUid, startNginx, type RunningNginx } from '../support/nginx';
import { waitForSocket } from '../support/web-app';

const ASSETS = resolve(__dirname, '../../web/dist/assets');

/** One raw GET (fetch always asks for gzip and inflates it; this shows what went over the wire). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((done, fail) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the web image’s nginx (docker/nginx.conf) in front of the api, in Chromium', () => {
  let api: RunningApi;
  let nginx: RunningNginx;
  let browser: Browser;
  let page: Page;
  let indexHtml: string;
  let mainScript: string;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
    nginx = await startNginx(api.port);
    indexHtml = readFileSync(resolve(__dirname, '../../web/dist/index.html'), 'utf8');
    const scripts = readdirSync(ASSETS).filter((name) => /^index-[\w-]+\.js$/.test(name));
    expect(scripts).toHaveLength(1);
    mainScript = `/assets/${scripts[0]}`;
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    await api?.stop();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('runs nginx as an unprivileged user', () => {
    expect(processUid(nginx.pid)).not.toBe(0);
  });

  it('serves the app: readiness and a Socket.IO connection through the proxy', async () => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto(`${nginx.baseUrl}/`);
    expect(response?.status()).toBe(200);
    await page
      .getByTestId('hud-readiness')
      .getByText('ready', { exact: true })
      .waitFor({ timeout: 15_000 });
    await waitForSocket(page);
    // The HUD's requests reached the api through nginx, and the CSP let the app do its work.
    expect(nginx.output()).toMatch(/"uri":"\/health\/ready"/);
    expect(nginx.output()).toMatch(/"uri":"\/socket\.io\/\?[^"]*transport=(polling|websocket)/);
    expect(blocked).toEqual([]);
  });

  it('falls back to index.html for client-side routes, so a reload on a deep link works', async () => {
    const response = await page.goto(`${nginx.baseUrl}/deep/link`);
    expect(response?.status()).toBe(200);
    expect(await response?.text()).toBe(indexHtml);
    await page.getByTestId('hud-readiness').waitFor({ timeout: 15_000 });
  });

  it('lets the browser revalidate index.html on every load', async () => {
    for (const path of ['/', '/index.html', '/deep/link']) {
      const response = await fetch(`${nginx.baseUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year, immutable, and never caches a missing one', async () => {
    const asset = await fetch(`${nginx.baseUrl}${mainScript}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${nginx.baseUrl}/assets/index-missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
  });

  it('gzips a large asset for clients that accept it, and only for them', async () => {
    const original = readFileSync(resolve(ASSETS, mainScript.replace('/assets/', '')));
    expect(original.length).toBeGreaterThan(10_000);
    const zipped = await rawGet(`${nginx.baseUrl}${mainScript}`, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.body.length).toBeLessThan(original.length / 2);
    const plain = await rawGet(`${nginx.baseUrl}${mainScript}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('sends the security headers on pages, assets, errors and proxied responses', async () => {
    for (const path of ['/', mainScript, '/assets/index-missing.js', '/api/docs-json']) {
      const response = await fetch(`${nginx.baseUrl}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(response.headers.get('server')).toBe('nginx');
    }
  });

  it('proxies /api and /health to the api', async () => {
    const docs = await fetch(`${nginx.baseUrl}/api/docs-json`);
    expect(docs.status).toBe(200);
    expect(((await docs.json()) as { openapi: string }).openapi).toMatch(/^3\./);

    const ready = await fetch(`${nginx.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { status: string }).status).toBe('ok');

    const live = await fetch(`${nginx.baseUrl}/health`);
    expect(await live.json()).toEqual({ status: 'ok' });
    // The api's own caching header passes through untouched.
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });

  it('passes nginx’s request id to the api, which echoes it', async () => {
    const response = await fetch(`${nginx.baseUrl}/health`);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('upgrades /socket.io to a WebSocket and relays server:hello', async () => {
    const socket = io(nginx.baseUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      timeout: 10_000,
    });
    try {
      const hello = await new Promise<ServerHelloPayload>((done, fail) => {
        socket.once(SOCKET_EVENTS.serverHello, done);
        socket.once('connect_error', fail);
      });
      expect(hello.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(socket.io.engine.transport.name).toBe('websocket');
    } finally {
      socket.close();
    }
  });

  it('answers its own container probe without the api', async () => {
    const response = await fetch(`${nginx.baseUrl}/nginx-health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });
});
