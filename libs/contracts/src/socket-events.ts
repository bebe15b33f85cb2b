import type { AmbientState, CalendarStatus, InsightType, UserState } from './attention.js';
import type { Settings } from './settings-api.js';

/** Socket event names: `domain:verb`, or a bare noun for broadcast state. */
export const SOCKET_EVENTS = {
  serverHello: 'server:hello',
  ambient: 'ambient',
  userState: 'user_state',
  proactive: 'proactive',
  calendarStatus: 'calendar:status',
  goalsChanged: 'goals:changed',
  settingsChanged: 'settings:changed',
} as const;

export interface ServerHelloPayload {
  /** Version of the running api, so a client can notice it talks to a newer server. */
  version: string;
}

export interface AmbientPayload {
  state: AmbientState;
  reason: string;
  insightCount: number;
  at: string;
}

export interface UserStatePayload {
  state: UserState;
  at: string;
}

export interface ProactivePayload {
  id: string;
  text: string;
  urgency: 1 | 2 | 3 | 4 | 5;
  type: InsightType;
  goalIds: string[];
  at: string;
}

export interface CalendarStatusPayload {
  status: CalendarStatus;
  lastScanAt: string | null;
  message?: string;
}

export interface GoalsChangedPayload {
  op: 'created' | 'updated' | 'deleted';
  ids: string[];
}

/** Sent once per change of the settings, carrying all of them as they now are. */
export interface SettingsChangedPayload {
  settings: Settings;
}

/** Events the server emits, with their payloads (socket.io's typed-events map). */
export interface ServerToClientEvents {
  'server:hello': (payload: ServerHelloPayload) => void;
  ambient: (payload: AmbientPayload) => void;
  user_state: (payload: UserStatePayload) => void;
  proactive: (payload: ProactivePayload) => void;
  'calendar:status': (payload: CalendarStatusPayload) => void;
  'goals:changed': (payload: GoalsChangedPayload) => void;
  'settings:changed': (payload: SettingsChangedPayload) => void;
}

/** Events the client emits. Chat events arrive with the chat agent. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}

/** One message on the Redis channel the worker and api use to reach every browser. */
export type BroadcastEnvelope = {
  [E in keyof ServerToClientEvents]: { event: E; payload: Parameters<ServerToClientEvents[E]>[0] };
}[keyof ServerToClientEvents];

/** The Redis pub/sub channel carrying `BroadcastEnvelope`s from any process to the api's sockets. */
export const BROADCAST_CHANNEL = 'seraph:events';
