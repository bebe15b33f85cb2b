import {
  startGoogleStandIn,
  startOpenAIStandIn,
  waitFor,
  type GoogleStandIn,
  type OpenAIStandIn,
} from '@seraph/testing';
import type { Browser, Page } from 'playwright-core';
import { getJson, sendJson } from '../support/api-requests';
import { launchBrowser } from '../support/browser';
import { startStack, type SeraphStack } from '../support/seraph-stack';
import { openApp, screenshotPath } from '../support/web-app';

const INSIGHT = 'Your thesis is due Friday: one page before lunch?';

/**
 * The proactive side in Chromium, with the built api and worker: an insight held back by focus
 * mode shows on the avatar's badge and arrives as a speech bubble when clicked; Google Calendar is
 * connected through the real OAuth redirects (against the Google stand-in) and a meeting in it
 * shows up as the user's state.
 */
describe('the guardian in the browser: insights, speech bubbles and Google Calendar', () => {
  let model: OpenAIStandIn;
  let google: GoogleStandIn;
  let stack: SeraphStack;
  let browser: Browser;
  let page: Page;

  const post = (path: string, body?: unknown, method = 'POST') =>
    sendJson(`${stack.api.baseUrl}${path}`, method, body);

  beforeAll(async () => {
    [model, google] = await Promise.all([startOpenAIStandIn(), startGoogleStandIn()]);
    model.setFallback({ text: 'nothing' });
    const now = Date.now();
    google.setEvents([
      {
        id: 'design-review',
        summary: 'Design review',
        start: { dateTime: new Date(now - 10 * 60_000).toISOString() },
        end: { dateTime: new Date(now + 50 * 60_000).toISOString() },
        attendees: [{ email: 'a@example.com' }, { email: 'b@example.com' }],
      },
    ]);
    [stack, browser] = await Promise.all([
      startStack({
        LLM_BASE_URL: model.baseUrl,
        LLM_MODEL: 'stand-in',
        LLM_MAX_RETRIES: '0',
        GOOGLE_CLIENT_ID: google.clientId,
        GOOGLE_CLIENT_SECRET: google.clientSecret,
        SECRET_KEY: 'a'.repeat(64),
        GOOGLE_API_ROOT_URL: google.rootUrl,
        GOOGLE_OAUTH_AUTH_URL: google.authUrl,
        GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
      }),
      launchBrowser(),
    ]);
    page = await browser.newPage();
    await openApp(page, stack.api.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await Promise.all([model?.close(), google?.close()]);
  });

  it('a held-back insight lights the avatar badge; clicking it delivers the speech bubble', async () => {
    expect((await post('/api/settings/interruption-mode', { mode: 'focus' }, 'PUT')).status).toBe(
      200,
    );
    model.enqueue({
      toolCalls: [
        {
          name: 'offer_insight',
          arguments: { text: INSIGHT, urgency: 3, type: 'nudge', goalIds: [] },
        },
      ],
    });
    expect((await post('/api/strategist/run')).status).toBe(202);

    const badge = page.getByRole('button', { name: /Deliver 1 insight now/ });
    await badge.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('hud-insight-count').textContent()).toBe('1');
    await badge.click();

    const bubble = page.getByTestId('proactive-bubble');
    await bubble.getByText(INSIGHT).waitFor();
    await page.getByText('Delivered 1 insight').waitFor();
    // The box steps in over 180 ms; let its entrance finish before the picture.
    await bubble.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: screenshotPath('proactive-bubble.png') });
    await bubble.getByRole('button', { name: 'Dismiss message' }).click();
    await bubble.waitFor({ state: 'detached' });
    // The message stays in the chat session "Seraph".
    const sessions = await getJson<{ title: string }[]>(`${stack.api.baseUrl}/api/sessions`);
    expect(sessions.map((s) => s.title)).toContain('Seraph');
  });

  it('connects Google Calendar from Settings through the OAuth redirects, then shows the meeting', async () => {
    await page.keyboard.press('s');
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByTestId('calendar-status').getByText('Not connected').waitFor();
    await settings.getByText('Attention budget: 0 left today').waitFor();

    await settings.getByRole('link', { name: 'Connect Google Calendar' }).click();
    // Seraph → Google's consent page (approved at once) → callback → back to the app.
    await page.waitForURL((url) => url.pathname === '/' && !url.search.includes('calendar='), {
      timeout: 20_000,
    });
    expect(google.consentScopes).toEqual(['https://www.googleapis.com/auth/calendar.readonly']);
    await page
      .getByText(/Google Calendar (is )?connected/i)
      .first()
      .waitFor();

    // Back from Google, the app opens Settings by itself.
    const reopened = page.getByRole('region', { name: 'Settings' });
    await reopened
      .getByTestId('calendar-status')
      .getByText('Connected')
      .waitFor({ timeout: 20_000 });
    await reopened.getByText(/1 event cached/).waitFor({ timeout: 20_000 });
    await waitFor('the scan to reach Google', () => google.counts.events >= 1);
    await page
      .getByText(/in (a )?meeting/i)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('calendar-connected.png') });

    const events = await getJson<{ items: { title: string; attendeeCount: number }[] }>(
      `${stack.api.baseUrl}/api/calendar/events`,
    );
    expect(events.items).toEqual([
      expect.objectContaining({ title: 'Design review', attendeeCount: 2 }),
    ]);
  });
});
