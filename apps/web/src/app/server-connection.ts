import { startReadinessPolling } from '../api/readiness-poller';
import { createSocketConnection } from '../api/socket-client';
import { useChatStore } from '../stores/chat.store';
import { useAmbientStore } from '../stores/ambient.store';
import { useGoalsStore } from '../stores/goals.store';
import { useSettingsStore } from '../stores/settings.store';
import { useReadinessStore } from '../stores/readiness.store';
import { useSocketStore } from '../stores/socket.store';

/** The page's one socket, reporting into the socket store. */
export const serverSocket = createSocketConnection({
  setStatus: (status) => useSocketStore.getState().setStatus(status),
  setServerVersion: (version) => useSocketStore.getState().setServerVersion(version),
  onAmbient: (payload) => useAmbientStore.getState().set(payload.state, payload.reason),
  onGoalsChanged: () => void useGoalsStore.getState().refresh(),
  onSettingsChanged: (payload) => useSettingsStore.getState().receive(payload.settings),
  onChat: {
    'chat:started': (payload) => useChatStore.getState().onStarted(payload),
    'chat:step': (payload) => useChatStore.getState().onStep(payload),
    'chat:delta': (payload) => useChatStore.getState().onDelta(payload),
    'chat:final': (payload) => useChatStore.getState().onFinal(payload),
    'chat:error': (payload) => useChatStore.getState().onError(payload),
  },
});

/** Starts the readiness polling and the socket; the returned function stops both. */
export function startServerConnection(): () => void {
  const stopPolling = startReadinessPolling({
    onResult: (readiness) => useReadinessStore.getState().setReadiness(readiness),
  });
  const stopSocket = serverSocket.start();
  return () => {
    stopPolling();
    stopSocket();
  };
}
