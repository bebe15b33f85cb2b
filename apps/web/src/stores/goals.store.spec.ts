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
  useGoalsStore.setState({ tree, dashboard: null, loaded: true, sort: 'created', order: 'asc' });
});

describe('goals store, optimistic updates', () => {
  it('deletes at once and keeps it deleted when the api agrees', async () => {
    const fetchMock = stubFetch({
      '/api/goals/a': { status: 204 },
      '/api/goals/tree?sort=created&order=asc': { status: 200, body: [] },
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
      '/api/goals/tree?sort=created&order=asc': 'network-error',
    });
    const pending = useGoalsStore.getState().complete('b');
    expect(useGoalsStore.getState().tree[0].children[0].status).toBe('completed');
    await pending;
    expect(useGoalsStore.getState().tree[0].children[0].status).toBe('active');
    const texts = useToastStore.getState().toasts.map((t) => t.text);
    expect(texts[0]).toBe('The quest could not be completed: The goal is locked');
  });
});

describe('goals store, sort direction', () => {
  it('asks the server for the chosen sort and direction', async () => {
    const fetchMock = stubFetch({
      '/api/goals/tree?sort=created&order=desc': { status: 200, body: [node('newest')] },
      '/api/goals/tree?sort=progress&order=desc': { status: 200, body: [] },
      '/api/goals/tree?sort=progress&order=asc': { status: 200, body: [] },
      '/api/goals/dashboard': { status: 200, body: null },
    });
    await useGoalsStore.getState().toggleOrder();
    expect(useGoalsStore.getState().tree.map((g) => g.id)).toEqual(['newest']);
    // Another field starts in its usual direction: most advanced first.
    await useGoalsStore.getState().setSort('progress');
    await useGoalsStore.getState().toggleOrder();
    const trees = fetchMock.mock.calls
      .map(([url]) => url)
      .filter((u) => String(u).includes('tree'));
    expect(trees).toEqual([
      '/api/goals/tree?sort=created&order=desc',
      '/api/goals/tree?sort=progress&order=desc',
      '/api/goals/tree?sort=progress&order=asc',
    ]);
  });

  it('keeps the answer of the latest read when answers arrive out of order', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const fetchMock = stubFetch({
      '/api/goals/tree?sort=created&order=desc': { status: 200, body: [node('latest')] },
      '/api/goals/dashboard': { status: 200, body: null },
    });
    // The first tree read (ascending) answers only after the second one (descending).
    fetchMock.mockImplementationOnce(async () => {
      await slow;
      return new Response(JSON.stringify([node('stale')]), { status: 200 });
    });
    const first = useGoalsStore.getState().refresh();
    await useGoalsStore.getState().toggleOrder();
    release();
    await first;
    expect(useGoalsStore.getState().tree.map((g) => g.id)).toEqual(['latest']);
  });
});
