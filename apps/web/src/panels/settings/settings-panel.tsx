import './settings.css';
import { useEffect } from 'react';
import { useSettingsStore } from '../../stores/settings.store';
import { PanelWindow } from '../common/panel-window';
import { GeneralSettingsForm } from './general-settings-form';
import { InterruptionModeToggle } from './interruption-mode-toggle';

/** Interruption mode, context-window strategy, time zone and briefing times. */
export function SettingsPanel() {
  const settings = useSettingsStore((s) => s.settings);
  const budget = useSettingsStore((s) => s.budget);
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);
  return (
    <PanelWindow id="settings" title="Settings" width={640}>
      <div className="flex flex-col gap-4">
        <InterruptionModeToggle />
        {budget !== null && <p className="meta-text">Interruptions left today: {budget}</p>}
        <hr className="pixel-rule" />
        {settings ? (
          <GeneralSettingsForm key={settings.updatedAt} settings={settings} />
        ) : (
          <p className="body-text">Loading settings…</p>
        )}
      </div>
    </PanelWindow>
  );
}
