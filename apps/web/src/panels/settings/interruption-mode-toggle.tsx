import { INTERRUPTION_MODES } from '@seraph/contracts';
import { MODE_META } from '../../hud/mode-meta';
import { PixelIcon } from '../../hud/pixel-icon';
import { useInsightsStore } from '../../stores/insights.store';
import { useSettingsStore } from '../../stores/settings.store';
import { LastLook } from './last-look';

/** The three-way interruption toggle: shield, scale, lightning, each with its one-line promise,
 * and the attention budget left today. */
export function InterruptionModeToggle() {
  const mode = useSettingsStore((s) => s.mode);
  const setMode = useSettingsStore((s) => s.setMode);
  const budget = useSettingsStore((s) => s.budget);
  const asking = useInsightsStore((s) => s.asking);
  const thinkNow = useInsightsStore((s) => s.thinkNow);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="mode-heading" className="pixel-label text-gold">
          Interruption mode
        </h3>
        {budget !== null && (
          <p className="attention-budget" data-testid="attention-budget" aria-live="polite">
            Attention budget: <strong>{budget}</strong> left today
          </p>
        )}
      </div>
      <div
        role="radiogroup"
        aria-labelledby="mode-heading"
        className="grid grid-cols-1 gap-2 sm:grid-cols-3"
      >
        {INTERRUPTION_MODES.map((m) => {
          const meta = MODE_META[m];
          return (
            <label key={m} className="mode-option" data-checked={mode === m}>
              <input
                type="radio"
                name="interruption-mode"
                className="sr-only"
                value={m}
                checked={mode === m}
                aria-label={meta.label}
                aria-describedby={`mode-${m}-desc`}
                onChange={() => void setMode(m)}
              />
              <PixelIcon pattern={meta.sprite} scale={3} className="mode-option__icon" />
              <span className="pixel-label">{meta.label}</span>
              <span id={`mode-${m}-desc`} className="body-text mode-option__desc">
                {meta.description}
              </span>
              {mode === m && <span className="mode-option__chosen">✔ chosen</span>}
            </label>
          );
        })}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="pixel-button pixel-button--ghost"
          disabled={asking}
          aria-describedby="think-now-hint"
          onClick={() => void thinkNow()}
        >
          {asking ? 'Asking…' : 'Think now'}
        </button>
        <p id="think-now-hint" className="meta-text">
          Seraph looks over your quests and calendar regularly; ask for a look right away.
        </p>
      </div>
      <LastLook />
    </div>
  );
}
