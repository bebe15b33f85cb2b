import { useEffect } from 'react';
import { HudBar } from '../hud/hud-bar';
import { PanelLayer } from '../panels/panel-layer';
import { ProactiveLayer } from '../proactive/proactive-layer';
import { useGoalsStore } from '../stores/goals.store';
import { useSettingsStore } from '../stores/settings.store';
import { useCalendarRedirect } from './calendar-redirect';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { ToastStack } from './toast-stack';
import { useSessionStore } from '../stores/session.store';
import { serverSocket } from './server-connection';
import { SignInCard } from './sign-in-card';
import { useServerConnection } from './use-server-connection';
import { useSessionCheck } from './use-session-check';
import { VillageBackdrop } from './village-backdrop';
import { VillageCaption } from './village-caption';

/** The app shell: the village fills the screen, the HUD sits on top. */
export function App() {
  useServerConnection();
  useSessionCheck();
  useKeyboardShortcuts();
  useCalendarRedirect();
  const session = useSessionStore((state) => state.status);
  useEffect(() => {
    if (session !== 'open') return;
    void useSettingsStore.getState().load();
    void useGoalsStore.getState().refresh();
  }, [session]);

  return (
    <div className="relative isolate flex min-h-full flex-col overflow-hidden">
      <VillageBackdrop />
      <HudBar />
      {session === 'open' && <ProactiveLayer />}
      <main className="relative flex flex-1 flex-col items-center justify-end px-4 pt-6 pb-8">
        {session === 'locked' && (
          <SignInCard
            onSignedIn={() => {
              useSessionStore.getState().setStatus('open');
              serverSocket.reconnect();
            }}
          />
        )}
        {session === 'open' && <VillageCaption />}
      </main>
      {session === 'open' && <PanelLayer />}
      <ToastStack />
    </div>
  );
}
