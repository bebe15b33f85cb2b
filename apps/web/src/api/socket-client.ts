import {
  CHAT_EVENTS,
  SOCKET_EVENTS,
  type AmbientPayload,
  type CalendarStatusPayload,
  type ChatSendPayload,
  type ChatServerEvents,
  type ClientToServerEvents,
  type GoalsChangedPayload,
  type InsightsChangedPayload,
  type ProactivePayload,
  type SettingsChangedPayload,
  type ServerToClientEvents,
  type UserStatePayload,
} from '@seraph/contracts';
import { io, type Socket } from 'socket.io-client';
import type { SocketStatus } from '../stores/socket.store';

export type SeraphSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The parts of a socket.io client socket this module uses (a fake implements it in tests). */
export type SocketLike = Pick<SeraphSocket, 'on' | 'connect' | 'disconnect' | 'connected'>;

export interface SocketSink {
  setStatus: (status: SocketStatus) => void;
  setServerVersion: (version: string) => void;
  /** Called on every (re)connection, after the status is set. */
  onConnected?: () => void;
  /** Live data events; each is optional so a sink may listen to only some. */
  onAmbient?: (payload: AmbientPayload) => void;
  onGoalsChanged?: (payload: GoalsChangedPayload) => void;
  onSettingsChanged?: (payload: SettingsChangedPayload) => void;
  onUserState?: (payload: UserStatePayload) => void;
  onProactive?: (payload: ProactivePayload) => void;
  onCalendarStatus?: (payload: CalendarStatusPayload) => void;
  onInsightsChanged?: (payload: InsightsChangedPayload) => void;
  /** Chat events of this socket's own turns (PRODUCT §4). */
  onChat?: Partial<ChatServerEvents>;
}

/** Same origin, default `/socket.io` path, cookies included. Connects only when asked. */
export function createSeraphSocket(): SeraphSocket {
  return io({ path: '/socket.io', withCredentials: true, autoConnect: false });
}

export interface SocketConnection {
  /** Connects (once, however often it is called) and returns a function that disconnects. */
  start: () => () => void;
  /** Drops and re-opens the connection, e.g. so a fresh session cookie goes with the handshake. */
  reconnect: () => void;
  /** Sends a chat message; false when the socket is not connected. */
  sendChat: (payload: ChatSendPayload) => boolean;
  /** Tells the server the user is here (`activity`); false when the socket is not connected. */
  sendActivity: () => boolean;
}

/**
 * Owns exactly one socket for the page. Listeners are attached once, when the socket is created,
 * so React strict mode's mount–unmount–mount only connects, disconnects and connects it again.
 */
export function createSocketConnection(
  sink: SocketSink,
  factory: () => SocketLike = createSeraphSocket,
): SocketConnection {
  let socket: SocketLike | null = null;
  let users = 0;

  const getSocket = (): SocketLike => {
    if (socket) return socket;
    const created = factory();
    created.on('connect', () => {
      sink.setStatus('connected');
      sink.onConnected?.();
    });
    created.on('disconnect', () => sink.setStatus('disconnected'));
    created.on('connect_error', () => sink.setStatus('disconnected'));
    created.on(SOCKET_EVENTS.serverHello, (payload) => sink.setServerVersion(payload.version));
    created.on(SOCKET_EVENTS.ambient, (payload) => sink.onAmbient?.(payload));
    created.on(SOCKET_EVENTS.goalsChanged, (payload) => sink.onGoalsChanged?.(payload));
    created.on(SOCKET_EVENTS.settingsChanged, (payload) => sink.onSettingsChanged?.(payload));
    created.on(SOCKET_EVENTS.userState, (payload) => sink.onUserState?.(payload));
    created.on(SOCKET_EVENTS.proactive, (payload) => sink.onProactive?.(payload));
    created.on(SOCKET_EVENTS.calendarStatus, (payload) => sink.onCalendarStatus?.(payload));
    created.on(SOCKET_EVENTS.insightsChanged, (payload) => sink.onInsightsChanged?.(payload));
    created.on(CHAT_EVENTS.started, (payload) => sink.onChat?.['chat:started']?.(payload));
    created.on(CHAT_EVENTS.step, (payload) => sink.onChat?.['chat:step']?.(payload));
    created.on(CHAT_EVENTS.delta, (payload) => sink.onChat?.['chat:delta']?.(payload));
    created.on(CHAT_EVENTS.final, (payload) => sink.onChat?.['chat:final']?.(payload));
    created.on(CHAT_EVENTS.error, (payload) => sink.onChat?.['chat:error']?.(payload));
    socket = created;
    return created;
  };

  const open = (target: SocketLike) => {
    if (target.connected) return;
    sink.setStatus('connecting');
    target.connect();
  };

  return {
    start() {
      users += 1;
      open(getSocket());
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        users -= 1;
        if (users === 0) socket?.disconnect();
      };
    },
    reconnect() {
      if (!socket || users === 0) return;
      socket.disconnect();
      open(socket);
    },
    sendChat(payload) {
      if (!socket?.connected) return false;
      (socket as SeraphSocket).emit(CHAT_EVENTS.send, payload);
      return true;
    },
    sendActivity() {
      if (!socket?.connected) return false;
      (socket as SeraphSocket).emit(SOCKET_EVENTS.activity);
      return true;
    },
  };
}
