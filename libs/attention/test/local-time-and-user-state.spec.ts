import { USER_STATES } from '@seraph/contracts';
import { canonicalTimeZone, localDate, minutesOfDay, toUserState } from '../src';

describe('localDate', () => {
  it('gives the calendar date in the user’s time zone, not the server’s', () => {
    const lateUtcEvening = new Date('2025-06-01T22:30:00Z');
    expect(localDate(lateUtcEvening, 'UTC')).toBe('2025-06-01');
    expect(localDate(lateUtcEvening, 'Europe/Berlin')).toBe('2025-06-02'); // 00:30 CEST
    expect(localDate(lateUtcEvening, 'America/New_York')).toBe('2025-06-01'); // 18:30 EDT
    expect(localDate(new Date('2025-06-01T11:00:00Z'), 'Pacific/Kiritimati')).toBe('2025-06-02');
  });

  it('turns over exactly at local midnight, in summer and in winter time', () => {
    expect(localDate(new Date('2025-06-01T21:59:59.999Z'), 'Europe/Berlin')).toBe('2025-06-01');
    expect(localDate(new Date('2025-06-01T22:00:00.000Z'), 'Europe/Berlin')).toBe('2025-06-02');
    expect(localDate(new Date('2025-01-15T22:59:59.999Z'), 'Europe/Berlin')).toBe('2025-01-15');
    expect(localDate(new Date('2025-01-15T23:00:00.000Z'), 'Europe/Berlin')).toBe('2025-01-16');
  });

  it('pads months and days to two digits', () => {
    expect(localDate(new Date('2025-03-04T12:00:00Z'), 'UTC')).toBe('2025-03-04');
  });
});

describe('canonicalTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['utc', 'UTC'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
  ])('accepts %s as %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each([
    'Mars/Base',
    '',
    '+02:00',
    'UTC+2',
    ' Europe/Berlin',
    'Europe/Berlin/',
    'Europe/../Berlin',
    'Local',
    `Europe/${'x'.repeat(80)}`,
  ])('refuses %p', (input) => {
    expect(canonicalTimeZone(input)).toBeUndefined();
  });
});

describe('minutesOfDay', () => {
  it.each([
    ['00:00', 0],
    ['08:00', 480],
    ['21:30', 1290],
    ['23:59', 1439],
  ])('reads %s as %i minutes after midnight', (time, minutes) => {
    expect(minutesOfDay(time)).toBe(minutes);
  });

  it.each(['24:00', '23:60', '8:00', '08:0', '0800', '08:00:00', ' 08:00', '', 'ab:cd', '-1:00'])(
    'refuses %p',
    (time) => {
      expect(minutesOfDay(time)).toBeUndefined();
    },
  );
});

describe('toUserState', () => {
  it('passes every known user state through', () => {
    expect(USER_STATES.map(toUserState)).toEqual([...USER_STATES]);
  });

  it.each([undefined, null, '', 'sleeping', 'DEEP_WORK', 42, { state: 'away' }])(
    'treats %p as available',
    (value) => {
      expect(toUserState(value)).toBe('available');
    },
  );
});
