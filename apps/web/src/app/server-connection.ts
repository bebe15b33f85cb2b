import { startReadinessPolling } from '../api/readiness-poller';
import { createSocketConnection, type SocketSink } from '../api/socket-client';
import { useChatStore } from '../stores/chat.store';
import { useAmbientStore } from '../stores/ambient.store';
import { useCalendarStore } from '../stores/calendar.store';
import { useGoalsStore } from '../stores/goals.store';
import { useProactiveStore } from '../stores/proactive.store';
import { useSettingsStore } from '../stores/settings.store';
import { useReadinessStore } from '../stores/readiness.store';
import { useSocketStore } from '../stores/socket.store';
import { createPresence, watchInteractions } from './presence';

/** Where the socket's events go: the stores (exported so tests can play events through it). */
export const socketSink: SocketSink = {
  setStatus: (status) => useSocketStore.getState().setStatus(status),
  setServerVersion: (version) => useSocketStore.getState().setServerVersion(version),
  onConnected: () => presence.connected(),
  onAmbient: (payload) => useAmbientStore.getState().receive(payload),
  onUserState: (payload) => useAmbientStore.getState().setUserState(payload.state),
  onInsightsChanged: (payload) => useAmbientStore.getState().setInsightCount(payload.queued),
  onProactive: (payload) => {
    useProactiveStore.getState().receive(payload);
    // A delivered message may have spent some of the attention budget, and it landed in the
    // "Seraph" chat session, which may be open.
    void useSettingsStore.getState().refreshMode();
    void useChatStore.getState().refreshFromServer();
  },
  onCalendarStatus: (payload) => useCalendarStore.getState().receive(payload),
  onGoalsChanged: () => void useGoalsStore.getState().refresh(),
  onSettingsChanged: (payload) => {
    useSettingsStore.getState().receive(payload.settings);
    void useSettingsStore.getState().refreshMode();
  },
  onChat: {
    'chat:started': (payload) => useChatStore.getState().onStarted(payload),
    'chat:step': (payload) => useChatStore.getState().onStep(payload),
    'chat:delta': (payload) => useChatStore.getState().onDelta(payload),
    'chat:final': (payload) => useChatStore.getState().onFinal(payload),
    'chat:error': (payload) => useChatStore.getState().onError(payload),
  },
};

/** The page's one socket, reporting into the stores. */
export const serverSocket = createSocketConnection(socketSink);

/** Tells the server the user is here: on connecting, then at most once a minute. */
export const presence = createPresence(() => serverSocket.sendActivity());

/** Starts readiness polling, the socket and presence; the returned function stops them. */
export function startServerConnection(): () => void {
  const stopPolling = startReadinessPolling({
    onResult: (readiness) => useReadinessStore.getState().setReadiness(readiness),
  });
  const stopSocket = serverSocket.start();
  const stopWatching = watchInteractions(() => presence.interaction());
  return () => {
    stopPolling();
    stopSocket();
    stopWatching();
  };
}
