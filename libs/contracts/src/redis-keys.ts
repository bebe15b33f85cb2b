/**
 * Redis keys shared by the api and the worker (besides `USER_STATE_REDIS_KEY`). Values are JSON
 * unless noted.
 */
export const REDIS_KEYS = {
  /** The last `ambient` payload the worker published; sent to each newly connected socket. */
  ambient: 'seraph:ambient',
  /** The last `user_state` payload; sent to each newly connected socket. */
  userStatePayload: 'seraph:user-state:payload',
  /** ISO time of the user's last interaction (chat, a change, a click in the app). Bare string. */
  lastInteraction: 'seraph:last-interaction',
  /** The last `calendar:status` payload. */
  calendarStatus: 'seraph:calendar:status',
  /** OAuth `state` values waiting for Google's callback: `<prefix><state>`, 10 minutes. */
  oauthStatePrefix: 'seraph:calendar:oauth-state:',
} as const;

/**
 * Channel on which the api nudges the worker (never relayed to browsers): `{ "reason": "interaction" }`
 * when the user comes back after a quiet spell, so `away` ends without waiting for the next tick.
 */
export const WORKER_SIGNAL_CHANNEL = 'seraph:worker-signals';

export interface WorkerSignal {
  reason: 'interaction';
}
