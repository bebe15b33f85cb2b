import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubFetch } from '../../../test/fetch-stub';
import { useInsightsStore } from '../../stores/insights.store';
import { LastLook } from './last-look';

const run = (patch: Record<string, unknown> = {}) => ({
  jobId: 'repeat:strategist.tick:1',
  manual: false,
  startedAt: new Date(Date.now() - 3 * 60_000 - 500).toISOString(),
  finishedAt: new Date(Date.now() - 3 * 60_000).toISOString(),
  outcome: 'nothing_new',
  reason: 'nothing changed since the last model call',
  modelCalled: false,
  inputTokens: 0,
  outputTokens: 0,
  insightId: null,
  ...patch,
});

beforeEach(() => useInsightsStore.setState({ lastRun: null }));

describe('the last look of the strategist, in Settings', () => {
  it('says when Seraph last looked and what came of it, with the reason on hover', async () => {
    stubFetch({ '/api/strategist/runs?limit=1': { status: 200, body: { items: [run()] } } });
    render(<LastLook />);
    const line = await screen.findByText(
      'Last look: 3 min ago · nothing new since the last thought',
    );
    expect(line.getAttribute('title')).toBe('nothing changed since the last model call');
  });

  it('shows a running tick as looking, and a fresh install as no look yet', async () => {
    stubFetch({
      '/api/strategist/runs?limit=1': {
        status: 200,
        body: { items: [run({ finishedAt: null, outcome: null })] },
      },
    });
    const { unmount } = render(<LastLook />);
    await screen.findByText(/· looking…$/);
    unmount();

    useInsightsStore.setState({ lastRun: null });
    stubFetch({ '/api/strategist/runs?limit=1': { status: 200, body: { items: [] } } });
    render(<LastLook />);
    expect(await screen.findByText('No look yet.')).toBeTruthy();
  });
});
