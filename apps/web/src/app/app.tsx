import { HudBar } from '../hud/hud-bar';
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
  const session = useSessionStore((state) => state.status);

  return (
    <div className="relative isolate flex min-h-full flex-col overflow-hidden">
      <VillageBackdrop />
      <HudBar />
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
    </div>
  );
}
