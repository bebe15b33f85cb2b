import type { Browser, Page } from 'playwright-core';
import { startApi, type RunningApi } from '../support/api-process';
import { launchBrowser } from '../support/browser';

describe('the web app served by the api, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });
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
    await page
      .getByTestId('hud-socket')
      .getByText('connected', { exact: true })
      .waitFor({ timeout: 15_000 });
  });

  it('serves the app for deep links, so a reload on any route works', async () => {
    const response = await page.goto(`${api.baseUrl}/quests/some-goal`);
    expect(response?.status()).toBe(200);
    await page.getByTestId('hud-readiness').waitFor({ timeout: 15_000 });
  });
});
