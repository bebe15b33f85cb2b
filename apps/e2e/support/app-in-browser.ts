import type { Browser, Page } from 'playwright-core';
import { startApi, type RunningApi } from './api-process';
import { launchBrowser } from './browser';
import { openApp } from './web-app';

/** The built api on a throw-away database and a headless Chromium, started together. */
export interface ApiAndBrowser {
  api: RunningApi;
  browser: Browser;
  /** Closes the browser, then stops the api (and drops its database). */
  close(): Promise<void>;
}

/** Starts both at once; if either fails, the other is stopped again before the error is thrown. */
export async function startApiAndBrowser(env: Record<string, string> = {}): Promise<ApiAndBrowser> {
  const [api, browser] = await Promise.allSettled([startApi(env), launchBrowser()]);
  if (api.status === 'rejected' || browser.status === 'rejected') {
    if (browser.status === 'fulfilled') await browser.value.close();
    if (api.status === 'fulfilled') await api.value.stop();
    throw api.status === 'rejected' ? api.reason : (browser as PromiseRejectedResult).reason;
  }
  return {
    api: api.value,
    browser: browser.value,
    close: async () => {
      await browser.value.close();
      await api.value.stop();
    },
  };
}

export interface AppInBrowser extends ApiAndBrowser {
  /** A page with the app open and its socket connected. */
  page: Page;
}

/** `startApiAndBrowser`, plus one page with the app open (the usual start of a UI suite). */
export async function openAppInBrowser(env: Record<string, string> = {}): Promise<AppInBrowser> {
  const started = await startApiAndBrowser(env);
  try {
    const page = await started.browser.newPage();
    await openApp(page, started.api.baseUrl);
    return { ...started, page };
  } catch (error) {
    await started.close();
    throw error;
  }
}
