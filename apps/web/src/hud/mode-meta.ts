import type { InterruptionMode } from '@seraph/contracts';
import { UI_SPRITES } from '../panels/common/ui-sprites';

export const MODE_META: Record<
  InterruptionMode,
  { label: string; description: string; sprite: readonly string[] }
> = {
  focus: {
    label: 'Focus',
    description: 'Only scheduled briefings. Zero interruptions.',
    sprite: UI_SPRITES.shield,
  },
  balanced: {
    label: 'Balanced',
    description: 'Smart timing. 3–5 touchpoints per day.',
    sprite: UI_SPRITES.scale,
  },
  active: {
    label: 'Active',
    description: 'Real-time coaching. Proactive nudges.',
    sprite: UI_SPRITES.lightning,
  },
};
