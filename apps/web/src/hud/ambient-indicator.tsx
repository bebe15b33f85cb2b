import type { AmbientState } from '@seraph/contracts';
import { INSIGHTS_KEY } from '../app/keyboard-shortcuts';
import { deliverInsightsNow } from '../proactive/deliver-insights';
import { useAmbientStore } from '../stores/ambient.store';
import { useInsightsStore } from '../stores/insights.store';
import { PixelIcon } from './pixel-icon';
import { SPRITES } from './sprites';

const AMBIENT_LABEL: Record<AmbientState, string> = {
  has_insight: 'insight waiting',
  goal_behind: 'goal behind',
  on_track: 'on track',
  waiting: 'waiting for you',
  idle: 'idle',
};

const AMBIENT_SPRITE: Record<AmbientState, readonly string[]> = {
  has_insight: SPRITES.diamond,
  goal_behind: SPRITES.warning,
  on_track: SPRITES.check,
  waiting: SPRITES.hourglass,
  idle: SPRITES.hollowDiamond,
};

/**
 * The ambient dot. With insights waiting it becomes a button (also the `I` key) that delivers
 * them now; a badge shows how many wait.
 */
export function AmbientIndicator() {
  const ambient = useAmbientStore((s) => s.state);
  const count = useAmbientStore((s) => s.insightCount);
  const reason = useAmbientStore((s) => s.reason);
  const delivering = useInsightsStore((s) => s.delivering);
  const label = `Ambient: ${AMBIENT_LABEL[ambient]}`;
  const badge = count > 0 && (
    <span className="hud-badge" aria-hidden="true" data-testid="hud-insight-count">
      {count > 99 ? '99+' : count}
    </span>
  );
  const icon = <PixelIcon pattern={AMBIENT_SPRITE[ambient]} scale={2} />;

  if (ambient === 'has_insight') {
    const what = count === 1 ? '1 insight' : count > 1 ? `${count} insights` : 'insights';
    return (
      <button
        type="button"
        className="hud-ambient hud-ambient--button"
        data-ambient={ambient}
        data-testid="hud-ambient"
        aria-label={`${label}. Deliver ${what} now`}
        aria-keyshortcuts={INSIGHTS_KEY}
        title={`${label}${reason ? ` (${reason})` : ''}. Click or press ${INSIGHTS_KEY} to deliver.`}
        disabled={delivering}
        onClick={() => void deliverInsightsNow()}
      >
        {icon}
        {badge}
      </button>
    );
  }
  return (
    <span
      className="hud-ambient"
      data-ambient={ambient}
      role="status"
      aria-label={label}
      title={reason ? `${label} (${reason})` : label}
      data-testid="hud-ambient"
    >
      {icon}
      {badge}
    </span>
  );
}
