import type { AmbientState, CalendarStatus, InsightType, UserState } from './attention.js';
import type { ChatUsage } from './chat-api.js';
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
  insightsChanged: 'insights:changed',
  activity: 'activity',
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
  /** The chat session it was written into (the "Seraph" session), so a click can open it. */
  sessionId: string;
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

/** Sent when insights are queued or delivered, so lists and counters refresh. */
export interface InsightsChangedPayload {
  queued: number;
}

/** Sent once per change of the settings, carrying all of them as they now are. */
export interface SettingsChangedPayload {
  settings: Settings;
}

/**
 * Chat events (PRODUCT §4) go to the one socket that sent `chat:send`; they are never broadcast.
 * Order per turn: `chat:started`, any `chat:step` and `chat:delta`, then `chat:final` or `chat:error`.
 */
export const CHAT_EVENTS = {
  send: 'chat:send',
  started: 'chat:started',
  step: 'chat:step',
  delta: 'chat:delta',
  final: 'chat:final',
  error: 'chat:error',
} as const;

/** Sent by the client: a user message; without `sessionId` a new session is started. */
export interface ChatSendPayload {
  sessionId?: string;
  text: string;
}

export interface ChatStartedPayload {
  sessionId: string;
  /** Id of the stored user message. */
  messageId: string;
}

export type ChatStepKind = 'thinking' | 'tool_call' | 'tool_result';

export interface ChatStepPayload {
  sessionId: string;
  kind: ChatStepKind;
  tool?: string;
  args?: unknown;
  result?: unknown;
  error?: string;
}

export interface ChatDeltaPayload {
  sessionId: string;
  text: string;
}

export interface ChatFinalPayload {
  sessionId: string;
  /** Id of the stored assistant message. */
  messageId: string;
  text: string;
  usage: ChatUsage;
  /** True when the turn hit its time limit and `text` is the short fallback answer. */
  timedOut: boolean;
}

export const CHAT_ERROR_CODES = [
  'invalid_request',
  'session_not_found',
  'provider_error',
  'rate_limited',
  'provider_unreachable',
  'busy',
  'internal',
] as const;
export type ChatErrorCode = (typeof CHAT_ERROR_CODES)[number];

export interface ChatErrorPayload {
  /** Null when the request was refused before a session was known. */
  sessionId: string | null;
  code: ChatErrorCode;
  message: string;
}

/** Chat events the server emits to one socket. */
export interface ChatServerEvents {
  'chat:started': (payload: ChatStartedPayload) => void;
  'chat:step': (payload: ChatStepPayload) => void;
  'chat:delta': (payload: ChatDeltaPayload) => void;
  'chat:final': (payload: ChatFinalPayload) => void;
  'chat:error': (payload: ChatErrorPayload) => void;
}

/** Events the server broadcasts to every socket (relayed over Redis). */
export interface BroadcastEvents {
  'server:hello': (payload: ServerHelloPayload) => void;
  ambient: (payload: AmbientPayload) => void;
  user_state: (payload: UserStatePayload) => void;
  proactive: (payload: ProactivePayload) => void;
  'calendar:status': (payload: CalendarStatusPayload) => void;
  'goals:changed': (payload: GoalsChangedPayload) => void;
  'settings:changed': (payload: SettingsChangedPayload) => void;
  'insights:changed': (payload: InsightsChangedPayload) => void;
}

/** Events the server emits, with their payloads (socket.io's typed-events map). */
export interface ServerToClientEvents extends BroadcastEvents, ChatServerEvents {}

/** Events the client emits. */
export interface ClientToServerEvents {
  'chat:send': (payload: ChatSendPayload) => void;
  /**
   * The user is using the app (typing, clicking); the web app sends it at most once a minute so
   * the worker does not count them as `away`.
   */
  activity: () => void;
}

/** One message on the Redis channel the worker and api use to reach every browser. */
export type BroadcastEnvelope = {
  [E in keyof BroadcastEvents]: { event: E; payload: Parameters<BroadcastEvents[E]>[0] };
}[keyof BroadcastEvents];

/** The Redis pub/sub channel carrying `BroadcastEnvelope`s from any process to the api's sockets. */
export const BROADCAST_CHANNEL = 'seraph:events';
