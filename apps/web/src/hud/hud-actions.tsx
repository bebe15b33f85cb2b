import { PANEL_KEYS } from '../app/keyboard-shortcuts';
import { usePanelsStore, type PanelId } from '../stores/panels.store';
import { useSettingsStore } from '../stores/settings.store';
import { AmbientIndicator } from './ambient-indicator';
import { MODE_META } from './mode-meta';
import { PixelIcon } from './pixel-icon';
import { UserStateChip } from './user-state-chip';

const BUTTONS: { id: PanelId; label: string }[] = [
  { id: 'chat', label: 'Chat' },
  { id: 'quests', label: 'Quests' },
  { id: 'settings', label: 'Settings' },
];

/** Panel toggles with their keys, the ambient dot, the interruption-mode icon and your state. */
export function HudActions() {
  const open = usePanelsStore((s) => s.open);
  const toggle = usePanelsStore((s) => s.toggle);
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
      <AmbientIndicator />
      <span
        className="hud-mode"
        role="img"
        aria-label={`Interruption mode: ${meta.label}`}
        title={`Interruption mode: ${meta.label}`}
        data-testid="hud-mode"
      >
        <PixelIcon pattern={meta.sprite} scale={3} />
      </span>
      <UserStateChip />
    </nav>
  );
}
