import { PixelIcon } from './pixel-icon';

export type StatusTone = 'good' | 'warn' | 'bad' | 'idle';

export interface StatusChipProps {
  /** Visible caption, e.g. "Server". */
  caption: string;
  value: string;
  tone: StatusTone;
  sprite: readonly string[];
  testId: string;
  /** Adds a gentle pulse to the icon (switched off for reduced motion). */
  busy?: boolean;
}

/** One labelled HUD reading: caption, a shaped icon, and the value as text. */
export function StatusChip({
  caption,
  value,
  tone,
  sprite,
  testId,
  busy = false,
}: StatusChipProps) {
  return (
    <div className="hud-chip" data-tone={tone}>
      <span className="hud-chip__caption" aria-hidden="true">
        {caption}
      </span>
      <PixelIcon
        pattern={sprite}
        className={busy ? 'hud-chip__icon hud-chip__icon--busy' : 'hud-chip__icon'}
      />
      <span
        className="hud-chip__value"
        data-testid={testId}
        role="status"
        aria-label={`${caption}: ${value}`}
      >
        {value}
      </span>
    </div>
  );
}
