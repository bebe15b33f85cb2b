import type { UserState } from '@seraph/contracts';
import { deriveUserState } from '../src';
import { FREE, input, slot, type Row } from './user-state-fixtures';

describe('deriveUserState: winding down runs from the review time to the active-hours start', () => {
  // prettier-ignore
  it.each<[string, string, string, UserState]>([
    // local time (UTC), review time, active hours start, expected
    ['20:59', '21:00', '08:00', 'available'],
    ['21:00', '21:00', '08:00', 'winding_down'],
    ['23:59', '21:00', '08:00', 'winding_down'],
    ['00:00', '21:00', '08:00', 'winding_down'],
    ['07:59', '21:00', '08:00', 'winding_down'],
    ['08:00', '21:00', '08:00', 'available'],
    ['12:00', '21:00', '08:00', 'available'],
    // A night owl whose evening starts after midnight: no wrap.
    ['00:30', '01:00', '09:00', 'available'],
    ['01:00', '01:00', '09:00', 'winding_down'],
    ['08:59', '01:00', '09:00', 'winding_down'],
    ['09:00', '01:00', '09:00', 'available'],
    ['23:00', '01:00', '09:00', 'available'],
  ])('at %s with review %s and active hours from %s → %s', (now, reviewTime, start, state) => {
    expect(deriveUserState(input({ now, reviewTime, activeHoursStart: start })).state).toBe(state);
  });
});

describe('deriveUserState: local time across the DST change (Europe/Berlin, 2026-03-29)', () => {
  // Clocks jump from 02:00 CET to 03:00 CEST at 01:00 UTC: 06:30 UTC is 08:30 local on the day,
  // but 07:30 local the day before.
  const tz = 'Europe/Berlin';
  const launch = slot('2026-03-29T00:00:00Z', '2026-03-29T01:30:00Z', { title: 'Launch' });
  const run = slot('2026-03-29T06:00:00Z', '2026-03-29T07:00:00Z', { title: 'Run' });

  // prettier-ignore
  it.each<[string, Row, UserState, string]>([
    ['07:30 CET the day before', { timeZone: tz, now: '2026-03-28T06:30:00Z' }, 'winding_down', 'Winding down until 08:00'],
    ['08:30 CEST on the day',    { timeZone: tz, now: '2026-03-29T06:30:00Z' }, 'available', FREE],
    ['07:59 CEST on the day',    { timeZone: tz, now: '2026-03-29T05:59:00Z' }, 'winding_down', 'Winding down until 08:00'],
    ['08:00 CEST on the day',    { timeZone: tz, now: '2026-03-29T06:00:00Z' }, 'available', FREE],
    ['01:59 CET, before the jump, seen 40 min ago',
      { timeZone: tz, now: '2026-03-29T00:59:00Z', seenAgo: 40 }, 'away', 'Last seen at 01:19'],
    ['a meeting across the jump names its local end',
      { timeZone: tz, now: '2026-03-29T00:30:00Z', events: [launch] }, 'in_meeting', 'In "Launch" until 03:30'],
    ['a meeting that ended at 09:00 CEST',
      { timeZone: tz, now: '2026-03-29T07:10:00Z', events: [run] }, 'transitioning', '"Run" ended at 09:00'],
  ])('%s → %s', (_name, row, state, reason) => {
    expect(deriveUserState(input(row))).toEqual({ state, reason });
  });
});
