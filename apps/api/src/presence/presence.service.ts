import { Inject, Injectable, Logger } from '@nestjs/common';
import { REDIS_KEYS, WORKER_SIGNAL_CHANNEL, type WorkerSignal } from '@seraph/contracts';
import type Redis from 'ioredis';
import { Clock } from '../clock/clock';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

/** At most one write of the last-interaction time per this many milliseconds (per process). */
export const INTERACTION_WRITE_INTERVAL_MS = 10_000;

/** A user quiet for this long was `away`; coming back signals the worker at once. */
export const AWAY_AFTER_MS = 30 * 60_000;

const SIGNAL: WorkerSignal = { reason: 'interaction' };

/**
 * The user's last interaction (a chat message, a change through the api, a click in the app),
 * kept in Redis for the worker's user-state rules (`away` after 30 quiet minutes). Best effort:
 * a Redis outage is logged and never fails what the user did.
 */
@Injectable()
export class PresenceService {
  private readonly logger = new Logger(PresenceService.name);
  private lastWriteMs: number | undefined;

  constructor(
    @Inject(REDIS_COMMANDS) private readonly redis: Redis,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores now as the last interaction; when the previous one is missing or 30+ minutes old, asks
   * the worker (`WORKER_SIGNAL_CHANNEL`) to recompute the user state now. Never throws.
   */
  async recordInteraction(): Promise<void> {
    const now = this.clock.now();
    const nowMs = now.getTime();
    if (this.lastWriteMs !== undefined) {
      const sinceMs = nowMs - this.lastWriteMs;
      if (sinceMs >= 0 && sinceMs < INTERACTION_WRITE_INTERVAL_MS) return;
    }
    this.lastWriteMs = nowMs;
    try {
      // SET … GET: the previous value and the write in one round trip.
      const previous = await this.redis.set(REDIS_KEYS.lastInteraction, now.toISOString(), 'GET');
      if (wasAway(previous, nowMs)) {
        await this.redis.publish(WORKER_SIGNAL_CHANNEL, JSON.stringify(SIGNAL));
        this.logger.debug({ previous }, 'The user is back; signalled the worker');
      }
    } catch (error) {
      // Let the next interaction try again instead of waiting out the throttle.
      this.lastWriteMs = undefined;
      this.logger.warn({ err: error }, 'Could not record the user interaction in Redis');
    }
  }
}

function wasAway(previous: string | null, nowMs: number): boolean {
  if (previous === null) return true;
  const previousMs = Date.parse(previous);
  return Number.isNaN(previousMs) || nowMs - previousMs >= AWAY_AFTER_MS;
}
