import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { node } from '../../../test/goal-factory';
import { useGoalsStore } from '../../stores/goals.store';
import { GoalForm } from './goal-form';

const tree = [node('Become fit', { level: 'annual' }, [node('Run', { level: 'monthly' })])];

beforeEach(() => {
  useGoalsStore.setState({ tree, dashboard: null, loaded: true });
});

describe('GoalForm', () => {
  it('is a modal dialog that refuses an empty title without calling the api', async () => {
    const fetchMock = stubFetch({});
    render(<GoalForm goal={null} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'New quest' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Title is required.')).toBeTruthy();
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the api’s field details inline, next to their fields', async () => {
    stubFetch({
      '/api/goals': {
        status: 400,
        body: {
          statusCode: 400,
          error: 'Bad Request',
          message: 'The request body is invalid',
          details: [{ field: 'dueDate', rule: 'must be a calendar date YYYY-MM-DD or null' }],
        },
      },
    });
    render(<GoalForm goal={null} onClose={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Title'), 'Read more');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const message = await screen.findByText(/Due date must be a calendar date/);
    expect(message.id).toBe('goal-dueDate-error');
    expect(screen.getByLabelText('Due date').getAttribute('aria-describedby')).toBe(
      'goal-dueDate-error',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('offers only coarser goals as parents and posts the form, then closes', async () => {
    let closed = false;
    const fetchMock = stubFetch({
      '/api/goals': { status: 201, body: node('x') },
      '/api/goals/tree': { status: 200, body: tree },
    });
    render(<GoalForm goal={null} onClose={() => (closed = true)} />);
    await userEvent.type(screen.getByLabelText('Title'), 'Stretch');
    await userEvent.selectOptions(screen.getByLabelText('Level'), 'weekly');
    const parent = screen.getByLabelText('Parent');
    const options = [...parent.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(['— None (a root quest) —', 'Become fit', '└ Run']);
    await userEvent.selectOptions(parent, 'Run');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('dialog');
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
      title: 'Stretch',
      level: 'weekly',
      parentId: 'Run',
    });
  });

  it('cancels on Escape', async () => {
    let closed = false;
    stubFetch({});
    render(<GoalForm goal={null} onClose={() => (closed = true)} />);
    await userEvent.keyboard('{Escape}');
    expect(closed).toBe(true);
  });
});
