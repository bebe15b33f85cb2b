import { usePanelsStore } from '../stores/panels.store';
import { ChatPanel } from './chat/chat-panel';
import { QuestPanel } from './quests/quest-panel';
import { SettingsPanel } from './settings/settings-panel';

/** The open panels, floating over the village; their stacking follows the order they were opened. */
export function PanelLayer() {
  const open = usePanelsStore((s) => s.open);
  return (
    <>
      {open.includes('quests') && <QuestPanel />}
      {open.includes('settings') && <SettingsPanel />}
      {open.includes('chat') && <ChatPanel />}
    </>
  );
}
