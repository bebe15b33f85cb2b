import type { StrategistOutcome } from '@seraph/contracts';
import { useEffect } from 'react';
import { useInsightsStore } from '../../stores/insights.store';
import { formatAgo, useNow } from './time-ago';

const OUTCOME_TEXT: Record<StrategistOutcome, string> = {
  no_model: 'states updated (no model configured)',
  nothing_new: 'nothing new since the last thought',
  no_insight: 'nothing worth saying',
  invalid_output: 'the model’s answer was unusable',
  delivered: 'said something',
  queued: 'kept a thought for a better moment',
  repeat: 'skipped a repeat',
  duplicate: 'already done',
};

/** How often the line re-reads the newest tick while Settings is open. */
const REFRESH_MS = 30_000;

/** "Last look: 3 min ago · nothing new", with the worker's reason as a tooltip. */
export function LastLook() {
  const run = useInsightsStore((s) => s.lastRun);
  const load = useInsightsStore((s) => s.loadLastRun);
  const now = useNow();
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (!run)
    return (
      <p className="meta-text" data-testid="last-look">
        No look yet.
      </p>
    );
  const when = formatAgo(run.finishedAt ?? run.startedAt, now);
  const what = run.outcome ? OUTCOME_TEXT[run.outcome] : 'looking…';
  return (
    <p className="meta-text" data-testid="last-look" title={run.reason || undefined}>
      Last look: {when} · {what}
    </p>
  );
}
