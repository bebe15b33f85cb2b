import type { ContextWindowStrategy, InterruptionMode, UserState } from './attention.js';

/** A time of day, `HH:MM` on a 24-hour clock (`00:00`–`23:59`), in the user's time zone. */
export type TimeOfDay = string;

/** Body of `GET /api/settings`, of a successful `PATCH /api/settings`, and of `settings:changed`. */
export interface Settings {
  /** How freely the agent may interrupt (PRODUCT §2). Default `balanced`. */
  interruptionMode: InterruptionMode;
  /** How chat history is fitted into the model's context window (PRODUCT §4). Default `adaptive`. */
  contextWindowStrategy: ContextWindowStrategy;
  /** IANA time-zone name (`Europe/Berlin`) for "today", local midnight and the schedules. Default `UTC`. */
  timezone: string;
  /** When the daily briefing is delivered. Default `08:00`. */
  briefingTime: TimeOfDay;
  /** When the evening review is delivered. Default `21:00`. */
  reviewTime: TimeOfDay;
  /** Start of the hours in which the agent may reach out. Default `08:00`. */
  activeHoursStart: TimeOfDay;
  /** End of those hours; earlier than the start means they run past midnight. Default `22:00`. */
  activeHoursEnd: TimeOfDay;
  /** When the settings last changed (ISO 8601). */
  updatedAt: string;
}

/** The fields a user sets; `updatedAt` is the server's. */
export type EditableSettings = Omit<Settings, 'updatedAt'>;

/** Body of `PATCH /api/settings`: at least one field; unknown fields are refused. */
export type UpdateSettingsRequest = Partial<EditableSettings>;

/** Body of `PUT /api/settings/interruption-mode`. */
export interface SetInterruptionModeRequest {
  mode: InterruptionMode;
}

/** Body of `GET` and `PUT /api/settings/interruption-mode`. */
export interface InterruptionModeResponse {
  mode: InterruptionMode;
  /** Interruptions left today; resets at local midnight and whenever the mode changes. */
  attentionBudgetRemaining: number;
  /** The user's current state, as last computed by the worker; `available` until it has. */
  userState: UserState;
}

/** What a fresh installation starts with (the settings migration inserts the same values). */
export const DEFAULT_SETTINGS: Readonly<EditableSettings> = {
  interruptionMode: 'balanced',
  contextWindowStrategy: 'adaptive',
  timezone: 'UTC',
  briefingTime: '08:00',
  reviewTime: '21:00',
  activeHoursStart: '08:00',
  activeHoursEnd: '22:00',
};

/**
 * Redis key holding the user's current state as a bare name (`deep_work`, `in_meeting`…). The
 * worker writes it; readers treat a missing key or an unknown value as `available`.
 */
export const USER_STATE_REDIS_KEY = 'seraph:user-state';
