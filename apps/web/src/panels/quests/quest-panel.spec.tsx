import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { node } from '../../../test/goal-factory';
import { useGoalsStore } from '../../stores/goals.store';
import { usePanelsStore } from '../../stores/panels.store';
import { QuestPanel } from './quest-panel';

const tree = [
  node('Become fit', { level: 'annual' }, [
    node('Run a marathon', { level: 'quarterly' }, [node('Long run sunday', { level: 'weekly' })]),
    node('Sleep eight hours', { level: 'quarterly' }),
  ]),
  node('Write a book', { level: 'annual', domain: 'growth' }),
];

const dashboard = {
  today: '2026-01-01',
  domains: Object.fromEntries(
    ['productivity', 'performance', 'health', 'influence', 'growth'].map((d) => [
      d,
      { active: 0, completed: 0, total: 0, progress: 0 },
    ]),
  ),
  totals: { active: 0, completed: 0, total: 0, progress: 0, paused: 0, abandoned: 0 },
  health: { overdue: 0, behind: 0, stalled: 0 },
  dueSoon: [],
};

beforeEach(() => {
  stubFetch({
    '/api/goals/tree?sort=created&order=asc': { status: 200, body: tree },
    '/api/goals/tree?sort=created&order=desc': { status: 200, body: [...tree].reverse() },
    '/api/goals/dashboard': { status: 200, body: dashboard },
  });
  useGoalsStore.setState({ tree, dashboard: null, loaded: true, sort: 'created', order: 'asc' });
  usePanelsStore.setState({ open: ['quests'], positions: {} });
});

const shownTitles = () =>
  within(screen.getByRole('list', { name: 'Quests' }))
    .getAllByTestId('goal-node')
    .map((li) => li.querySelector('.goal-title')?.textContent);

describe('QuestPanel tree filtering', () => {
  it('keeps the ancestors of a search match visible and hides the rest', async () => {
    render(<QuestPanel />);
    await screen.findByText('Write a book');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search quests' }), 'sunday');
    expect(shownTitles()).toEqual(['Become fit', 'Run a marathon', 'Long run sunday']);
  });

  it('filters by level, keeping the parent chain, and says when nothing matches', async () => {
    render(<QuestPanel />);
    await screen.findByText('Write a book');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'weekly');
    expect(shownTitles()).toEqual(['Become fit', 'Run a marathon', 'Long run sunday']);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search quests' }), 'zzz');
    expect(screen.getByText('No quest matches.')).toBeTruthy();
  });

  it('names each node action after its goal', async () => {
    render(<QuestPanel />);
    expect(await screen.findByRole('button', { name: 'Complete Write a book' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit Write a book' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete Write a book' })).toBeTruthy();
  });
});

describe('QuestPanel sort direction', () => {
  it('toggles ascending / descending with the keyboard and asks the server in that order', async () => {
    const fetchMock = stubFetch({
      '/api/goals/tree?sort=created&order=asc': { status: 200, body: tree },
      '/api/goals/tree?sort=created&order=desc': { status: 200, body: [...tree].reverse() },
      '/api/goals/dashboard': { status: 200, body: dashboard },
    });
    render(<QuestPanel />);
    await screen.findByText('Write a book');
    const toggle = screen.getByRole('button', { name: 'Sort ascending' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Sort descending' })).toBe(toggle);
    await waitFor(() => expect(shownTitles()[0]).toBe('Write a book'));
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain(
      '/api/goals/tree?sort=created&order=desc',
    );

    await userEvent.keyboard(' ');
    expect(await screen.findByRole('button', { name: 'Sort ascending' })).toBeTruthy();
    await waitFor(() => expect(shownTitles()[0]).toBe('Become fit'));
  });
});
