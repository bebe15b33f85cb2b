import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { node } from '../../test/goal-factory';
import { useGoalsStore } from './goals.store';
import { useToastStore } from './toast.store';

const tree = [node('a', {}, [node('b')])];
const refused = {
  status: 409,
  body: { statusCode: 409, error: 'Conflict', message: 'The goal is locked' },
};

beforeEach(() => {
  useGoalsStore.setState({ tree, dashboard: null, loaded: true });
});

describe('goals store, optimistic updates', () => {
  it('deletes at once and keeps it deleted when the api agrees', async () => {
    const fetchMock = stubFetch({
      '/api/goals/a': { status: 204 },
      '/api/goals/tree': { status: 200, body: [] },
      '/api/goals/dashboard': { status: 200, body: null },
    });
    const pending = useGoalsStore.getState().remove('a');
    expect(useGoalsStore.getState().tree).toEqual([]);
    await pending;
    expect(useGoalsStore.getState().tree).toEqual([]);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/goals/a?cascade=true');
    expect(fetchMock.mock.calls[0][1]?.method).toBe('DELETE');
  });

  it('rolls a refused completion back and shows why in a toast', async () => {
    stubFetch({
      '/api/goals/b': refused,
      '/api/goals/tree': 'network-error',
    });
    const pending = useGoalsStore.getState().complete('b');
    expect(useGoalsStore.getState().tree[0].children[0].status).toBe('completed');
    await pending;
    expect(useGoalsStore.getState().tree[0].children[0].status).toBe('active');
    const texts = useToastStore.getState().toasts.map((t) => t.text);
    expect(texts[0]).toBe('The quest could not be completed: The goal is locked');
  });
});
