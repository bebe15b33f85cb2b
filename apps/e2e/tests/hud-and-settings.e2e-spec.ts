import type { Browser, Page } from 'playwright-core';
import type { RunningApi } from '../support/api-process';
import { getJson } from '../support/api-requests';
import { openAppInBrowser, type AppInBrowser } from '../support/app-in-browser';
import { eventually, fillGoalForm, openApp, openQuests, screenshotPath } from '../support/web-app';

/** Open panels, by their region names, bottom to top. */
async function openPanels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="panel-"]'))
      .sort((a, b) => Number(a.style.zIndex) - Number(b.style.zIndex))
      .map((el) => el.getAttribute('aria-label') ?? ''),
  );
}

async function panelText(page: Page, text: string): Promise<void> {
  await page.getByRole('region', { name: 'Settings' }).getByText(text).waitFor();
}

describe('the HUD, panels and settings, in Chromium', () => {
  let api: RunningApi;
  let browser: Browser;
  let page: Page;
  let app: AppInBrowser | undefined;

  beforeAll(async () => {
    app = await openAppInBrowser();
    ({ api, browser, page } = app);
  });
  afterAll(() => app?.close());

  it('toggles each panel with C, Q and S, stacks the last opened on top, closes with Esc', async () => {
    for (const name of ['Chat', 'Quests', 'Settings']) {
      const title = await page.getByRole('button', { name, exact: true }).getAttribute('title');
      expect(title).toBe(`${name} (${name[0]})`);
    }
    await page.keyboard.press('q');
    await page.keyboard.press('s');
    await page.keyboard.press('c');
    await eventually(() => openPanels(page), ['Quest log', 'Settings', 'Chat']);
    await page
      .getByRole('region', { name: 'Chat' })
      .getByRole('textbox', { name: 'Message Seraph' })
      .waitFor();
    await page.keyboard.press('Escape');
    await eventually(() => openPanels(page), ['Quest log', 'Settings']);
    await page.keyboard.press('s');
    await eventually(() => openPanels(page), ['Quest log']);
    // The window moves when dragged by its title bar.
    const title = page.getByRole('region', { name: 'Quest log' }).getByRole('heading');
    const before = await title.boundingBox();
    await page.mouse.move((before?.x ?? 0) + 5, (before?.y ?? 0) + 5);
    await page.mouse.down();
    await page.mouse.move((before?.x ?? 0) + 205, (before?.y ?? 0) + 65, { steps: 5 });
    await page.mouse.up();
    const after = await title.boundingBox();
    expect(Math.round((after?.x ?? 0) - (before?.x ?? 0))).toBe(200);
    expect(Math.round((after?.y ?? 0) - (before?.y ?? 0))).toBe(60);
    await page.getByRole('searchbox', { name: 'Search quests' }).fill('sq');
    await eventually(() => openPanels(page), ['Quest log']);
    await page.getByRole('button', { name: 'Quests', exact: true }).focus();
    await page.keyboard.press('q');
    await eventually(() => openPanels(page), []);
  });

  it('switches the interruption mode and the HUD icon follows', async () => {
    const hudMode = page.getByTestId('hud-mode');
    expect(await hudMode.getAttribute('aria-label')).toBe('Interruption mode: Balanced');
    await page.keyboard.press('s');
    const group = page.getByRole('radiogroup', { name: 'Interruption mode' });
    await group.waitFor();
    await group.getByText('Only scheduled briefings and urgent alerts.').waitFor();
    // Click the option's card, as a player would; the radio itself is visually hidden.
    await group.locator('label', { hasText: 'Focus' }).click();
    expect(await group.getByRole('radio', { name: 'Focus' }).isChecked()).toBe(true);
    await eventually(() => hudMode.getAttribute('aria-label'), 'Interruption mode: Focus');
    await group.getByRole('radio', { name: 'Active' }).focus();
    await page.keyboard.press('Space');
    await eventually(() => hudMode.getAttribute('aria-label'), 'Interruption mode: Active');
    await eventually(async () => {
      const answer = await getJson<{ mode: string; attentionBudgetRemaining: number }>(
        `${api.baseUrl}/api/settings/interruption-mode`,
      );
      return [answer.mode, answer.attentionBudgetRemaining];
    }, ['active', 15]);
    await panelText(page, 'Attention budget: 15 left today');
    await page.screenshot({ path: screenshotPath('settings-panel.png') });
  });

  it('saves the time zone and briefing time', async () => {
    const panel = page.getByRole('region', { name: 'Settings' });
    await panel.getByLabel('Time zone').fill('Europe/Berlin');
    await panel.getByLabel('Morning briefing').fill('07:30');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await eventually(async () => {
      const s = await getJson<{ timezone: string; briefingTime: string }>(
        `${api.baseUrl}/api/settings`,
      );
      return [s.timezone, s.briefingTime];
    }, ['Europe/Berlin', '07:30']);
    await panel.getByLabel('Time zone').fill('Not/AZone');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.locator('#settings-timezone-error').waitFor();
    await page.keyboard.press('Escape');
  });

  it('shows in a second page, without reload, a goal created in the first', async () => {
    const other = await browser.newPage();
    try {
      await openApp(other, api.baseUrl);
      const otherPanel = await openQuests(other);
      const panel = await openQuests(page);
      await panel.getByRole('button', { name: /New goal/ }).click();
      await fillGoalForm(page, { title: 'Seen from afar' });
      await otherPanel.getByText('Seen from afar').waitFor({ timeout: 10_000 });
      // The mode chosen in the first page reached the second one's HUD too.
      expect(await other.getByTestId('hud-mode').getAttribute('aria-label')).toBe(
        'Interruption mode: Active',
      );
    } finally {
      await other.close();
    }
  });

  it('renders no visible text under 11 px', async () => {
    await openQuests(page);
    if (!(await page.getByRole('region', { name: 'Settings' }).isVisible()))
      await page.keyboard.press('s');
    await page.keyboard.press('c');
    // Moving the focus into a window brings it to the front.
    const newGoal = page.getByRole('region', { name: 'Quest log' }).getByRole('button', {
      name: /New goal/,
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await newGoal.focus();
    await eventually(async () => (await openPanels(page)).at(-1), 'Quest log');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    const smallest = await page.evaluate(() => {
      let min = { size: Infinity, text: '' };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const rect = range.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        const size = parseFloat(style.fontSize);
        if (size < min.size) min = { size, text: n.textContent.trim().slice(0, 40) };
      }
      return min;
    });
    expect(smallest.size).toBeGreaterThanOrEqual(11);
    await page.keyboard.press('Escape');
  });
});
