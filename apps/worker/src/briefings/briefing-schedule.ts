import { canonicalTimeZone, minutesOfDay } from '@seraph/attention';
import type { BriefingKind } from './briefing-template';

/** The settings' defaults, used when a stored time cannot be read. */
export const DEFAULT_BRIEFING_TIMES: Record<BriefingKind, string> = {
  daily: '08:00',
  evening: '21:00',
};

export interface BriefingCron {
  pattern: string;
  tz: string;
  /** What was wrong with the stored settings, when a default stood in. */
  problems: string[];
}

/**
 * The cron for a briefing at local `time` (`HH:MM`; `H:MM` and blank padding tolerated) in
 * `timeZone`. Settings are validated by the api, but a bad stored value must not stop every job
 * schedule from registering: an unreadable time falls back to the kind's default, an unknown
 * time zone to UTC, and `problems` says so.
 */
export function briefingCron(kind: BriefingKind, time: string, timeZone: string): BriefingCron {
  const problems: string[] = [];
  let minutes = minutesOfDay(time.trim().padStart(5, '0'));
  if (minutes === undefined) {
    problems.push(
      `${kind} briefing time ${JSON.stringify(time)} is not HH:MM; using ${DEFAULT_BRIEFING_TIMES[kind]}`,
    );
    minutes = minutesOfDay(DEFAULT_BRIEFING_TIMES[kind]) ?? 0;
  }
  let tz = canonicalTimeZone(timeZone.trim());
  if (tz === undefined) {
    problems.push(`time zone ${JSON.stringify(timeZone)} is unknown; using UTC`);
    tz = 'UTC';
  }
  return { pattern: `0 ${minutes % 60} ${Math.floor(minutes / 60)} * * *`, tz, problems };
}
