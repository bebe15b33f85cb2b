import type { AmbientState } from '@seraph/contracts';
import { PANEL_KEYS } from '../app/keyboard-shortcuts';
import { useAmbientStore } from '../stores/ambient.store';
import { usePanelsStore, type PanelId } from '../stores/panels.store';
import { useSettingsStore } from '../stores/settings.store';
import { MODE_META } from './mode-meta';
import { PixelIcon } from './pixel-icon';
import { SPRITES } from './sprites';

const BUTTONS: { id: PanelId; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'quests', label: 'Quests' },
  { id: 'settings', label: 'Settings' },
];

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

/** Panel toggles with their keys, the ambient dot and the interruption-mode icon. */
export function HudActions() {
  const open = usePanelsStore((s) => s.open);
  const toggle = usePanelsStore((s) => s.toggle);
  const ambient = useAmbientStore((s) => s.state);
  const mode = useSettingsStore((s) => s.mode);
  const meta = MODE_META[mode];
  return (
    <nav className="flex flex-wrap items-center gap-2" aria-label="Panels">
      {BUTTONS.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          className="hud-button"
          aria-pressed={open.includes(id)}
          aria-keyshortcuts={PANEL_KEYS[id]}
          title={`${label} (${PANEL_KEYS[id]})`}
          onClick={() => toggle(id)}
        >
          {label}
          <kbd className="hud-key" aria-hidden="true">
            {PANEL_KEYS[id]}
          </kbd>
        </button>
      ))}
      <span
        className="hud-ambient"
        data-ambient={ambient}
        role="status"
        aria-label={`Ambient: ${AMBIENT_LABEL[ambient]}`}
        title={`Ambient: ${AMBIENT_LABEL[ambient]}`}
        data-testid="hud-ambient"
      >
        <PixelIcon pattern={AMBIENT_SPRITE[ambient]} scale={2} />
      </span>
      <span
        className="hud-mode"
        role="img"
        aria-label={`Interruption mode: ${meta.label}`}
        title={`Interruption mode: ${meta.label}`}
        data-testid="hud-mode"
      >
        <PixelIcon pattern={meta.sprite} scale={3} />
      </span>
    </nav>
  );
}
