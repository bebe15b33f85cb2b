import type { LogFormat, LogLevel } from '../logging/log-options';
import type { AgentSettings, CalendarSettings } from '@seraph/env-schemas';

/** Everything the api reads from its environment, validated once at start-up. */
export interface ApiConfig {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  /** When set, /api and the socket require it; undefined means no authentication. */
  apiToken: string | undefined;
  allowUnauthenticated: boolean;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Folder holding the built web app (index.html, assets/). */
  webDistDir: string;
  /** BullMQ key prefix shared with the worker, for the jobs the api enqueues. */
  queuePrefix: string;
  /** The chat agent: model, timeouts, LLM call log. */
  agent: AgentSettings;
  /** Google Calendar credentials and endpoints, and the SECRET_KEY for stored tokens. */
  calendar: CalendarSettings;
  /**
   * The browser-facing origin (PUBLIC_URL, default http://localhost:<PORT>), no trailing slash.
   * `<publicUrl>/api/calendar/oauth/callback` must be registered at Google as a redirect URI.
   */
  publicUrl: string;
}

/** Dependency-injection token of the validated `ApiConfig`. */
export const API_CONFIG = Symbol('API_CONFIG');
