import type { InterruptionMode } from '@seraph/contracts';
import { UI_SPRITES } from '../panels/common/ui-sprites';

/** Labels and one-line promises; the daily numbers are the api's attention budgets (0, 5, 15), and
 * urgency-5 alerts and the scheduled briefings come through in every mode. */
export const MODE_META: Record<
  InterruptionMode,
  { label: string; description: string; sprite: readonly string[] }
> = {
  focus: {
    label: 'Focus',
    description: 'Only scheduled briefings and urgent alerts.',
    sprite: UI_SPRITES.shield,
  },
  balanced: {
    label: 'Balanced',
    description: 'Smart timing. Up to 5 nudges a day.',
    sprite: UI_SPRITES.scale,
  },
  active: {
    label: 'Active',
    description: 'Real-time coaching. Up to 15 nudges a day.',
    sprite: UI_SPRITES.lightning,
  },
};
