import { render, screen, within } from '@testing-library/react';
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
    '/api/goals/tree': { status: 200, body: tree },
    '/api/goals/dashboard': { status: 200, body: dashboard },
  });
  useGoalsStore.setState({ tree, dashboard: null, loaded: true });
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
