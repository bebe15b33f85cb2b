import type { Page } from 'playwright-core';
import type { RunningApi } from '../support/api-process';
import { getJson } from '../support/api-requests';
import { openAppInBrowser, type AppInBrowser } from '../support/app-in-browser';
import {
  eventually,
  fillGoalForm,
  openQuests,
  screenshotPath,
  seedGoal,
  shownTitles,
} from '../support/web-app';

describe('the quest log, in Chromium', () => {
  let api: RunningApi;
  let page: Page;
  let app: AppInBrowser | undefined;

  beforeAll(async () => {
    app = await openAppInBrowser();
    ({ api, page } = app);
  });
  afterAll(() => app?.close());

  it('creates a goal and a sub-goal from the form', async () => {
    const panel = await openQuests(page);
    await panel.getByRole('button', { name: /New goal/ }).click();
    const dialog = page.getByRole('dialog', { name: 'New quest' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await fillGoalForm(page, { title: 'Become fit', level: 'annual', domain: 'health' });
    await panel.getByText('Become fit').waitFor();

    await panel.getByRole('button', { name: /New goal/ }).click();
    await fillGoalForm(page, {
      title: 'Run a half marathon',
      level: 'quarterly',
      domain: 'health',
      parent: 'Become fit',
      dueDate: '2030-06-30',
      notes: 'Three runs a week.',
    });
    await eventually(() => shownTitles(panel), ['Become fit', 'Run a half marathon']);
    const goals = await getJson<
      { id: string; title: string; parentId: string | null; dueDate: string | null }[]
    >(`${api.baseUrl}/api/goals`);
    const parent = goals.find((g) => g.title === 'Become fit');
    const child = goals.find((g) => g.title === 'Run a half marathon');
    expect(child).toMatchObject({ parentId: parent?.id, dueDate: '2030-06-30' });
  });

  it('validates inline in the dialog and cancels it with Esc', async () => {
    const panel = await openQuests(page);
    await panel.getByRole('button', { name: /New goal/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Title is required.').waitFor();
    await page.screenshot({ path: screenshotPath('goal-form.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await panel.isVisible()).toBe(true);
  });

  it('edits a goal', async () => {
    const panel = await openQuests(page);
    await panel.getByRole('button', { name: 'Edit Run a half marathon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit quest' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Run a half marathon');
    await fillGoalForm(page, { title: 'Run a marathon' });
    await eventually(() => shownTitles(panel), ['Become fit', 'Run a marathon']);
  });

  it('completes a goal', async () => {
    const panel = await openQuests(page);
    await panel.getByRole('button', { name: 'Complete Run a marathon' }).click();
    await panel.getByRole('button', { name: 'Complete Run a marathon' }).waitFor({
      state: 'detached',
    });
    await panel.locator('.goal-title--done', { hasText: 'Run a marathon' }).waitFor();
    await eventually(
      () =>
        panel
          .getByRole('progressbar', { name: 'Progress of Become fit' })
          .getAttribute('aria-valuenow'),
      '100',
    );
  });

  it('searches by text, filters by level and status, and sorts by progress', async () => {
    await seedGoal(api.baseUrl, { title: 'Sortme low', level: 'monthly', progress: 10 });
    await seedGoal(api.baseUrl, { title: 'Sortme high', level: 'monthly', progress: 90 });
    await seedGoal(api.baseUrl, { title: 'Sortme mid', level: 'weekly', progress: 50 });
    const panel = await openQuests(page);
    await panel.getByText('Sortme mid').waitFor();

    const search = panel.getByRole('searchbox', { name: 'Search quests' });
    await search.fill('marathon');
    await eventually(() => shownTitles(panel), ['Become fit', 'Run a marathon']);

    await search.fill('sortme');
    await panel.getByLabel('Sort by').selectOption('progress');
    await eventually(() => shownTitles(panel), ['Sortme high', 'Sortme mid', 'Sortme low']);

    await panel.getByLabel('Level').selectOption('monthly');
    await eventually(() => shownTitles(panel), ['Sortme high', 'Sortme low']);

    await search.fill('');
    await panel.getByLabel('Level').selectOption('');
    await panel.getByLabel('Status').selectOption('completed');
    await eventually(() => shownTitles(panel), ['Become fit', 'Run a marathon']);
    await panel.getByLabel('Status').selectOption('');
    await panel.getByLabel('Sort by').selectOption('created');
    await page.screenshot({ path: screenshotPath('quest-panel.png') });
  });

  it('deletes a goal after a confirmation that counts its sub-goals', async () => {
    const panel = await openQuests(page);
    await panel.getByRole('button', { name: 'Delete Become fit' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete quest?' });
    await confirm.getByText('1 sub-goal will be deleted with it.').waitFor();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await eventually(async () => (await shownTitles(panel)).includes('Become fit'), false);
    await eventually(async () => (await shownTitles(panel)).includes('Run a marathon'), false);
    // The panel hides them at once (optimistic); the server confirms a moment later.
    await eventually(async () => {
      const goals = await getJson<unknown[]>(`${api.baseUrl}/api/goals`);
      return goals.length;
    }, 3);
  });
});
