import { useReadinessStore, type Readiness } from '../stores/readiness.store';
import { readinessLabel } from './readiness-label';
import { SPRITES } from './sprites';
import { StatusChip, type StatusTone } from './status-chip';

const LOOK: Record<Readiness['kind'], { tone: StatusTone; sprite: readonly string[] }> = {
  checking: { tone: 'idle', sprite: SPRITES.hourglass },
  ready: { tone: 'good', sprite: SPRITES.check },
  degraded: { tone: 'warn', sprite: SPRITES.warning },
  offline: { tone: 'bad', sprite: SPRITES.cross },
};

/** The api's readiness as last polled from `GET /health/ready`. */
export function ReadinessIndicator() {
  const readiness = useReadinessStore((state) => state.readiness);
  const { tone, sprite } = LOOK[readiness.kind];
  return (
    <StatusChip
      caption="Server"
      value={readinessLabel(readiness)}
      tone={tone}
      sprite={sprite}
      testId="hud-readiness"
      busy={readiness.kind === 'checking'}
    />
  );
}
