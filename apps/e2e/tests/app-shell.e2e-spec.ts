import type { Browser, Page } from 'playwright-core';
import type { RunningApi } from '../support/api-process';
import { startApiAndBrowser, type ApiAndBrowser } from '../support/app-in-browser';
import { waitForSocket } from '../support/web-app';

describe('the web app served by the api, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;

  let started: ApiAndBrowser | undefined;

  beforeAll(async () => {
    started = await startApiAndBrowser();
    ({ api, browser } = started);
  });
  afterAll(() => started?.close());
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('loads from the api port and shows the server as ready and the socket connected', async () => {
    const response = await page.goto(`${api.baseUrl}/`);
    expect(response?.status()).toBe(200);
    const readiness = page.getByTestId('hud-readiness');
    await readiness.getByText('ready', { exact: true }).waitFor({ timeout: 15_000 });
    await waitForSocket(page);
  });

  it('serves the app for deep links, so a reload on any route works', async () => {
    const response = await page.goto(`${api.baseUrl}/quests/some-goal`);
    expect(response?.status()).toBe(200);
    await page.getByTestId('hud-readiness').waitFor({ timeout: 15_000 });
  });
});
