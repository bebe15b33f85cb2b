import { briefingCron } from './briefing-schedule';

describe('briefingCron', () => {
  // prettier-ignore
  it.each<[string, string, string, string]>([
    ['07:30', 'Europe/Berlin', '0 30 7 * * *', 'Europe/Berlin'],
    ['00:00', 'UTC', '0 0 0 * * *', 'UTC'],
    ['23:59', 'America/New_York', '0 59 23 * * *', 'America/New_York'],
    ['7:05', 'UTC', '0 5 7 * * *', 'UTC'],                        // unpadded hour
    ['20:45', ' europe/berlin ', '0 45 20 * * *', 'Europe/Berlin'], // spelled as ICU spells it
  ])('%s in %j is %s', (time, timeZone, pattern, tz) => {
    expect(briefingCron('daily', time, timeZone)).toEqual({ pattern, tz, problems: [] });
  });

  it.each(['', '25:00', '12:60', 'noon', '08:00:00', '-1:00'])(
    'falls back to the default time for %j and says why',
    (time) => {
      const daily = briefingCron('daily', time, 'UTC');
      expect(daily.pattern).toBe('0 0 8 * * *');
      expect(daily.problems).toEqual([expect.stringContaining('daily briefing time')]);
      expect(briefingCron('evening', time, 'UTC').pattern).toBe('0 0 21 * * *');
    },
  );

  it.each(['', 'Mars/Base', '+02:00'])('falls back to UTC for the time zone %j', (timeZone) => {
    const cron = briefingCron('evening', '20:45', timeZone);
    expect(cron).toEqual({
      pattern: '0 45 20 * * *',
      tz: 'UTC',
      problems: [expect.stringContaining('time zone')],
    });
  });
});
