import './settings.css';
import { useEffect } from 'react';
import { useSettingsStore } from '../../stores/settings.store';
import { PanelWindow } from '../common/panel-window';
import { CalendarSection } from './calendar-section';
import { GeneralSettingsForm } from './general-settings-form';
import { InterruptionModeToggle } from './interruption-mode-toggle';

/** Interruption mode and budget, context-window strategy, time zone, briefing times, calendar. */
export function SettingsPanel() {
  const settings = useSettingsStore((s) => s.settings);
  useEffect(() => {
    void useSettingsStore.getState().load();
  }, []);
  return (
    <PanelWindow id="settings" title="Settings" width={640}>
      <div className="flex flex-col gap-4">
        <InterruptionModeToggle />
        <hr className="pixel-rule" />
        {settings ? (
          <GeneralSettingsForm key={settings.updatedAt} settings={settings} />
        ) : (
          <p className="body-text">Loading settings…</p>
        )}
        <hr className="pixel-rule" />
        <CalendarSection />
      </div>
    </PanelWindow>
  );
}
