import { startOpenAIStandIn, type OpenAIStandIn } from '@seraph/testing';
import type { Page } from 'playwright-core';
import type { RunningApi } from '../support/api-process';
import { getJson } from '../support/api-requests';
import { openAppInBrowser, type AppInBrowser } from '../support/app-in-browser';
import { screenshotPath, waitForSocket } from '../support/web-app';

describe('the chat panel, in Chromium', () => {
  let model: OpenAIStandIn;
  let api: RunningApi;
  let page: Page;
  let app: AppInBrowser | undefined;

  beforeAll(async () => {
    model = await startOpenAIStandIn();
    app = await openAppInBrowser({
      LLM_BASE_URL: model.baseUrl,
      LLM_API_KEY: 'stand-in-key',
      LLM_MODEL: 'gpt-4o-mini',
      LLM_MAX_RETRIES: '0',
    });
    ({ api, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await model?.close();
  });

  const openChat = async () => {
    const panel = page.getByRole('region', { name: 'Chat' });
    if (!(await panel.isVisible())) await page.keyboard.press('c');
    await panel.waitFor();
    return panel;
  };

  it('streams a reply to a message sent with Enter, and keeps it across a reload', async () => {
    model.enqueue(
      { toolCalls: [{ name: 'list_goals', arguments: {} }] },
      {
        text: 'Greetings, traveller. Your quest log is empty for now.',
        chunkDelayMs: 40,
      },
    );
    const panel = await openChat();
    const box = panel.getByRole('textbox', { name: 'Message Seraph' });
    await box.fill('Hello Seraph, what are my goals?');
    await box.press('Enter');

    await panel.getByRole('log').getByText('Hello Seraph, what are my goals?').waitFor();
    await panel
      .getByRole('log')
      .getByText('Greetings, traveller. Your quest log is empty for now.')
      .waitFor({ timeout: 20_000 });
    await panel.getByRole('status').waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('');
    await page.screenshot({ path: screenshotPath('chat-panel.png') });

    const sessions = await getJson<{ id: string; title: string }[]>(`${api.baseUrl}/api/sessions`);
    expect(sessions).toHaveLength(1);

    await page.reload();
    await waitForSocket(page);
    const again = await openChat();
    await again
      .getByRole('navigation', { name: 'Chat sessions' })
      .getByRole('button', { name: sessions[0]!.title, exact: true })
      .waitFor();
    await again.getByRole('log').getByText('Hello Seraph, what are my goals?').waitFor();
    await again
      .getByRole('log')
      .getByText('Greetings, traveller. Your quest log is empty for now.')
      .waitFor();
  });

  it('shows a provider failure kindly', async () => {
    model.enqueue({ status: 500, message: 'upstream exploded' });
    const panel = await openChat();
    const box = panel.getByRole('textbox', { name: 'Message Seraph' });
    await box.fill('Are you there?');
    await box.press('Enter');
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).not.toContain('upstream exploded');
  });
});
