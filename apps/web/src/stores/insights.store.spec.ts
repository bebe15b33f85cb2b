import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { deliveredText, useInsightsStore } from './insights.store';
import { useToastStore } from './toast.store';

const toasts = () => useToastStore.getState().toasts.map((t) => [t.tone, t.text]);

beforeEach(() => useInsightsStore.setState({ delivering: false }));

describe('insights store', () => {
  it.each([
    [0, 'Nothing waiting.'],
    [1, 'Delivered 1 insight.'],
    [3, 'Delivered 3 insights.'],
  ])('words %i delivered as "%s"', (count, text) => expect(deliveredText(count)).toBe(text));

  it('delivers once even when asked twice at the same time', async () => {
    const fetchMock = stubFetch({
      '/api/insights/deliver': { status: 200, body: { delivered: [{ id: 'i1' }] } },
    });
    const [first, second] = await Promise.all([
      useInsightsStore.getState().deliver(),
      useInsightsStore.getState().deliver(),
    ]);
    expect([first, second]).toEqual([1, null]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(toasts()).toEqual([['info', 'Delivered 1 insight.']]);
    expect(useInsightsStore.getState().delivering).toBe(false);
  });
});
