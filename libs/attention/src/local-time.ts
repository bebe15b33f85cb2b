// Calendar dates, times of day and time zones as the user sees them. Time zones are IANA names
// (`Europe/Berlin`), checked against the ICU data built into Node (Intl), never a list of our own.

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) of the instant `now` in the IANA time zone `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  let format = DATE_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DATE_FORMATS.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
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
