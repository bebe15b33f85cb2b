import {
  isWithinActiveHours,
  localClockTime,
  localDayLabel,
  localMinutes,
  localWeekday,
  timeOfDayBand,
} from '../src';

describe('localMinutes and localClockTime', () => {
  // prettier-ignore
  it.each<[string, string, number, string]>([
    ['2025-06-02T00:00:00Z', 'UTC', 0, '00:00'],                 // midnight is 0, never 24:00
    ['2025-06-02T23:59:59.999Z', 'UTC', 1439, '23:59'],          // seconds are dropped, not rounded
    ['2025-06-02T08:59:59Z', 'UTC', 539, '08:59'],
    ['2025-06-01T22:00:00Z', 'Europe/Berlin', 0, '00:00'],       // CEST, UTC+2
    ['2025-01-15T22:00:00Z', 'Europe/Berlin', 1380, '23:00'],    // CET, UTC+1
    ['2025-06-02T12:00:00Z', 'America/New_York', 480, '08:00'],  // EDT, UTC-4
    ['2025-06-02T00:00:00Z', 'Asia/Kolkata', 330, '05:30'],      // half-hour offset
    ['2025-06-02T00:00:00Z', 'Asia/Kathmandu', 345, '05:45'],    // quarter-hour offset
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', 119, '01:59'],     // just before the spring jump
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 180, '03:00'],     // 02:00 never happens
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', 150, '02:30'],     // autumn: 02:30 CEST ...
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', 150, '02:30'],     // ... and again as 02:30 CET
  ])('%s in %s is %i minutes, %s', (iso, timeZone, minutes, clock) => {
    expect(localMinutes(new Date(iso), timeZone)).toBe(minutes);
    expect(localClockTime(new Date(iso), timeZone)).toBe(clock);
  });

  it('refuses an unknown time zone', () => {
    expect(() => localMinutes(new Date(), 'Mars/Base')).toThrow(RangeError);
  });
});

describe('isWithinActiveHours: [start, end), wrapping past midnight when end < start', () => {
  // prettier-ignore
  it.each<[string, string, string, boolean]>([
    // local time (UTC), start, end, within
    ['07:59', '08:00', '22:00', false],
    ['08:00', '08:00', '22:00', true],
    ['12:00', '08:00', '22:00', true],
    ['21:59', '08:00', '22:00', true],
    ['22:00', '08:00', '22:00', false],
    ['00:00', '08:00', '22:00', false],
    ['21:59', '22:00', '06:00', false],
    ['22:00', '22:00', '06:00', true],
    ['23:59', '22:00', '06:00', true],
    ['00:00', '22:00', '06:00', true],
    ['05:59', '22:00', '06:00', true],
    ['06:00', '22:00', '06:00', false],
    ['12:00', '22:00', '06:00', false],
    ['00:00', '00:00', '23:59', true],
    ['23:59', '00:00', '23:59', false],
    ['23:59', '23:59', '00:00', true],
    ['00:00', '23:59', '00:00', false],
    // Equal start and end is the empty window.
    ['08:00', '08:00', '08:00', false],
    ['12:00', '08:00', '08:00', false],
  ])('%s in [%s, %s) → %p', (time, start, end, within) => {
    expect(isWithinActiveHours(new Date(`2025-06-02T${time}:00Z`), 'UTC', start, end)).toBe(within);
  });

  it('uses the local time of the given zone, seconds included in the minute', () => {
    // 06:30 UTC is 08:30 in Berlin (CEST) but 02:30 in New York (EDT).
    const now = new Date('2025-06-02T06:30:00Z');
    expect(isWithinActiveHours(now, 'Europe/Berlin', '08:00', '22:00')).toBe(true);
    expect(isWithinActiveHours(now, 'America/New_York', '08:00', '22:00')).toBe(false);
    const justBefore = new Date('2025-06-02T05:59:59.999Z'); // 07:59:59.999 CEST
    expect(isWithinActiveHours(justBefore, 'Europe/Berlin', '08:00', '22:00')).toBe(false);
  });

  it.each([
    ['8:00', '22:00'],
    ['08:00', '24:00'],
    ['', '22:00'],
  ])('refuses a malformed time (%p, %p)', (start, end) => {
    expect(() => isWithinActiveHours(new Date(), 'UTC', start, end)).toThrow(RangeError);
  });
});

describe('timeOfDayBand: night 0–6, morning 6–12, afternoon 12–18, evening 18–24 local', () => {
  it.each([
    ['00:00', 'night'],
    ['05:59', 'night'],
    ['06:00', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['17:59', 'afternoon'],
    ['18:00', 'evening'],
    ['23:59', 'evening'],
  ])('%s → %s', (time, band) => {
    expect(timeOfDayBand(new Date(`2025-06-02T${time}:00Z`), 'UTC')).toBe(band);
  });

  it('is local: 04:30 UTC is morning in Berlin in summer, night in London and in Berlin’s winter', () => {
    expect(timeOfDayBand(new Date('2025-06-02T04:30:00Z'), 'Europe/Berlin')).toBe('morning');
    expect(timeOfDayBand(new Date('2025-06-02T04:30:00Z'), 'Europe/London')).toBe('night');
    expect(timeOfDayBand(new Date('2025-01-15T04:30:00Z'), 'Europe/Berlin')).toBe('night');
  });
});

describe('localWeekday and localDayLabel', () => {
  // prettier-ignore
  it.each<[string, string, string, string]>([
    ['2026-11-25T10:00:00Z', 'UTC', 'Wednesday', 'Wednesday 25 November'],
    ['2026-11-25T23:30:00Z', 'Europe/Berlin', 'Thursday', 'Thursday 26 November'], // past local midnight
    ['2026-11-25T03:00:00Z', 'America/Los_Angeles', 'Tuesday', 'Tuesday 24 November'], // still yesterday
    ['2026-01-01T00:00:00Z', 'Pacific/Kiritimati', 'Thursday', 'Thursday 1 January'], // UTC+14, no leading zero
  ])('%s in %s is %s, %s', (iso, timeZone, weekday, label) => {
    expect(localWeekday(new Date(iso), timeZone)).toBe(weekday);
    expect(localDayLabel(new Date(iso), timeZone)).toBe(label);
  });
});
