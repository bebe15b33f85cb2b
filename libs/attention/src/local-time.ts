// Calendar dates, times of day and time zones as the user sees them. Time zones are IANA names
// (`Europe/Berlin`), checked against the ICU data built into Node (Intl), never a list of our own.

const FORMAT_OPTIONS = {
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
  // h23, not `hour12: false`: the latter prints midnight as "24" on some ICU versions.
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than using one; rules run per goal and per tick.
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The parts (year, month, day or hour, minute) of `now` as shown in `timeZone`. */
function localParts(
  now: Date,
  timeZone: string,
  kind: keyof typeof FORMAT_OPTIONS,
): Record<string, string> {
  const key = `${kind} ${timeZone}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, ...FORMAT_OPTIONS[kind] });
    FORMATS.set(key, format);
  }
  return Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
}

/** The calendar date (`YYYY-MM-DD`) of the instant `now` in the IANA time zone `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  const parts = localParts(now, timeZone, 'date');
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Area/Location names such as `Europe/Berlin`, `America/Argentina/Buenos_Aires`, `UTC`. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
export const MAX_TIME_ZONE_LENGTH = 64;

/**
 * An IANA time-zone name Intl knows, spelled as ICU spells it when they differ only in case
 * (`europe/berlin` → `Europe/Berlin`); a valid alias keeps the user's choice
 * (`America/Argentina/Buenos_Aires` stays). Undefined for unknown names (`Mars/Base`) and for
 * offsets such as `+02:00`, which know nothing of daylight saving time, so "local midnight" would
 * drift twice a year.
 */
export function canonicalTimeZone(value: string): string | undefined {
  if (value.length > MAX_TIME_ZONE_LENGTH || !ZONE_NAME.test(value)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}

/** `HH:MM` on a 24-hour clock, 00:00 to 23:59, two digits each. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an `HH:MM` time (`08:30` → 510), or undefined when it is not one. */
export function minutesOfDay(time: string): number | undefined {
  const match = TIME_OF_DAY_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes after local midnight of `now` in `timeZone` (0..1439). */
export function localMinutes(now: Date, timeZone: string): number {
  const parts = localParts(now, timeZone, 'clock');
  return Number(parts.hour) * 60 + Number(parts.minute);
}

/** The local wall-clock time of `now` as `HH:MM`, the way reasons shown to the user name times. */
export function localClockTime(now: Date, timeZone: string): string {
  const minutes = localMinutes(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The local weekday of `now` in English (`Wednesday`), for prompts and briefings. */
export function localWeekday(now: Date, timeZone: string): string {
  return localParts(now, timeZone, 'day').weekday;
}

/** The local day of `now` as the user reads it: `Wednesday 25 November`. */
export function localDayLabel(now: Date, timeZone: string): string {
  const parts = localParts(now, timeZone, 'day');
  return `${parts.weekday} ${parts.day} ${parts.month}`;
}

/** Settings are validated on write; a malformed time here is a bug, so it fails loudly. */
function requireMinutes(time: string): number {
  const minutes = minutesOfDay(time);
  if (minutes === undefined)
    throw new RangeError(`not an HH:MM time of day: ${JSON.stringify(time)}`);
  return minutes;
}

/**
 * True when local time of `now` is in [start, end) ; end earlier than start wraps past midnight;
 * `HH:MM` strings. Equal start and end is the empty range (never within), not the whole day, so a
 * zero-length window can never keep a rule switched on around the clock.
 */
export function isWithinActiveHours(
  now: Date,
  timeZone: string,
  start: string,
  end: string,
): boolean {
  const from = requireMinutes(start);
  const until = requireMinutes(end);
  const at = localMinutes(now, timeZone);
  return from <= until ? from <= at && at < until : at >= from || at < until;
}

/** Coarse local part of the day; part of the strategist's context fingerprint (worker design). */
export type TimeOfDayBand = 'night' | 'morning' | 'afternoon' | 'evening'; // 0-6, 6-12, 12-18, 18-24 local

export function timeOfDayBand(now: Date, timeZone: string): TimeOfDayBand {
  const hour = Math.floor(localMinutes(now, timeZone) / 60);
  if (hour < 6) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}
