import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sendJson } from './api-requests';

/** Where the UI screenshots go (git-ignored). */
export const SCREENSHOT_DIR = resolve(__dirname, '../../web/e2e/screenshots');

/** Waits until the HUD shows the socket connected (live events flow). */
export async function waitForSocket(page: Page): Promise<void> {
  await page
    .getByTestId('hud-socket')
    .getByText('connected', { exact: true })
    .waitFor({ timeout: 15_000 });
}

/** Opens the app and waits until its socket is connected. */
export async function openApp(page: Page, baseUrl: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/`);
  await waitForSocket(page);
}

/** The quest panel, opened with its HUD button if it is not open yet. */
export async function openQuests(page: Page): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Quest log' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Quests' }).click();
  await panel.waitFor();
  return panel;
}

export interface GoalFormInput {
  title: string;
  level?: string;
  domain?: string;
  /** The parent's title, as listed. */
  parent?: string;
  dueDate?: string;
  notes?: string;
}

/** Fills the open goal form dialog and saves it; waits until the dialog has closed. */
export async function fillGoalForm(page: Page, input: GoalFormInput): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(input.title);
  if (input.level) await dialog.getByLabel('Level').selectOption(input.level);
  if (input.domain) await dialog.getByLabel('Domain').selectOption(input.domain);
  if (input.parent) {
    const option = dialog.getByLabel('Parent').locator('option', { hasText: input.parent });
    const value = await option.first().getAttribute('value');
    await dialog.getByLabel('Parent').selectOption(value ?? '');
  }
  if (input.dueDate) await dialog.getByLabel('Due date').fill(input.dueDate);
  if (input.notes) await dialog.getByLabel('Notes').fill(input.notes);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Titles of the goal nodes shown in the panel, in document (tree) order. */
export async function shownTitles(panel: Locator): Promise<string[]> {
  const titles = await panel.locator('.goal-title').allTextContents();
  return titles.map((t) => t.replace(/^Completed: /, '').trim());
}

/** Creates a goal straight through the api (for data the test is not about). */
export async function seedGoal(baseUrl: string, body: Record<string, unknown>): Promise<string> {
  const response = await sendJson(`${baseUrl}/api/goals`, 'POST', body);
  if (response.status !== 201) throw new Error(`seed failed: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, name);
}

/** Polls `read` until it equals `expected` (JSON-wise); fails with the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}
