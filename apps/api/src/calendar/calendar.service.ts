import { randomBytes } from 'node:crypto';
import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CalendarConnectError,
  connectWithCode,
  consentUrl,
  disconnectCalendar,
  missingForConnect,
  readCalendarStatus,
  readUpcomingEvents,
} from '@seraph/calendar';
import {
  REDIS_KEYS,
  type CalendarEvent,
  type CalendarStatusPayload,
  type CalendarStatusResponse,
} from '@seraph/contracts';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { JobQueues } from '../queues/job-queues.service';
import { BroadcastPublisher } from '../realtime/broadcast-publisher.service';
import { REDIS_COMMANDS } from '../redis/redis.tokens';

export const CALLBACK_PATH = '/api/calendar/oauth/callback';
const STATE_TTL_S = 10 * 60;

/** How the callback went; `message` completes "Google Calendar was not connected: …" in the web app. */
export type CallbackOutcome = { ok: true } | { ok: false; message: string };

/**
 * Google Calendar for the api: status and cached events for Settings and the agent, the OAuth
 * connect flow (state in Redis, code exchange, encrypted token), and disconnecting. Scans run in
 * the worker; connecting asks it for one at once.
 */
@Injectable()
export class CalendarService {
  private readonly log = new Logger(CalendarService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(REDIS_COMMANDS) private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly publisher: BroadcastPublisher,
    private readonly queues: JobQueues,
  ) {}

  status(): Promise<CalendarStatusResponse> {
    return readCalendarStatus(this.dataSource, this.config.calendar);
  }

  events(hours = 24): Promise<CalendarEvent[]> {
    return readUpcomingEvents(this.dataSource, this.clock.now(), hours);
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}${CALLBACK_PATH}`;
  }

  /** Google's consent URL with a fresh one-time `state`; 409 naming what is not set. */
  async startConnect(): Promise<string> {
    const missing = missingForConnect(this.config.calendar);
    if (missing.length) {
      throw new ConflictException(
        `Connecting Google Calendar needs ${missing.join(', ')} set on the server; see "Google Calendar" in the README.`,
      );
    }
    const state = randomBytes(24).toString('base64url');
    await this.redis.set(`${REDIS_KEYS.oauthStatePrefix}${state}`, '1', 'EX', STATE_TTL_S);
    return consentUrl(this.config.calendar, this.redirectUri, state);
  }

  /** Google's redirect back: checks the state once, saves the permission, asks for a scan. */
  async finishConnect(query: {
    code?: string;
    state?: string;
    error?: string;
  }): Promise<CallbackOutcome> {
    const state = query.state ?? '';
    const known = state ? await this.redis.del(`${REDIS_KEYS.oauthStatePrefix}${state}`) : 0;
    if (!known) {
      return {
        ok: false,
        message: 'the sign-in link expired or was already used; please connect again.',
      };
    }
    if (query.error || !query.code) {
      return {
        ok: false,
        message:
          query.error === 'access_denied'
            ? 'access was declined at Google.'
            : `Google answered "${query.error ?? 'no code'}".`,
      };
    }
    let payload: CalendarStatusPayload;
    try {
      payload = await connectWithCode(this.dataSource, this.config.calendar, {
        code: query.code,
        redirectUri: this.redirectUri,
        now: this.clock.now(),
      });
    } catch (error) {
      if (error instanceof CalendarConnectError) return { ok: false, message: error.message };
      throw error;
    }
    await this.announce(payload);
    await this.requestScan();
    return { ok: true };
  }

  async disconnect(): Promise<void> {
    await this.announce(await disconnectCalendar(this.dataSource));
  }

  private async announce(payload: CalendarStatusPayload): Promise<void> {
    await this.redis
      .set(REDIS_KEYS.calendarStatus, JSON.stringify(payload))
      .catch((error: unknown) => this.log.warn({ err: error }, 'Could not store calendar status'));
    await this.publisher.publish('calendar:status', payload);
  }

  /** An immediate scan; one per second at most (the id dedupes double clicks). */
  private async requestScan(): Promise<void> {
    const second = Math.floor(this.clock.now().getTime() / 1000);
    try {
      // Fails after JobQueues' timeout when Redis is away, so the browser is not kept waiting.
      await this.queues.add('calendar', 'calendar.scan', {}, { jobId: `connect-${second}` });
    } catch (error) {
      // The scheduled scan picks the connection up anyway.
      this.log.warn({ err: error }, 'Could not enqueue a calendar scan after connecting');
    }
  }
}
