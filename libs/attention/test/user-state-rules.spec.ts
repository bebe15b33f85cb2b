import type { UserState } from '@seraph/contracts';
import { AWAY_AFTER_MINUTES, deriveUserState, TRANSITION_MINUTES } from '../src';
import { FREE, input, slot, type Row } from './user-state-fixtures';

const standup = slot('09:55', '10:30', { title: 'Standup' });
const focusBlock = slot('09:30', '11:00', { title: 'Deep work', focus: true });
const planning = slot('09:00', '09:55', { title: 'Planning' }); // ended 5 min before 10:00
const holiday = slot('00:00', '2025-06-03T00:00:00Z', {
  title: 'Holiday',
  focus: true,
  allDay: true,
});

describe('user-state constants', () => {
  it('are the product’s 15 and 30 minutes', () => {
    expect([TRANSITION_MINUTES, AWAY_AFTER_MINUTES]).toEqual([15, 30]);
  });
});

type Case = [string, Row, UserState, string];

// prettier-ignore
const EACH_RULE: Case[] = [
  ['nothing going on',                 { now: '10:00' },                                   'available',     FREE],
  ['a current focus event',            { now: '10:00', events: [focusBlock] },             'deep_work',     'In "Deep work" until 11:00'],
  ['a current meeting',                { now: '10:00', events: [standup] },                'in_meeting',    'In "Standup" until 10:30'],
  ['a meeting starting this instant',  { now: '09:55', events: [standup] },                'in_meeting',    'In "Standup" until 10:30'],
  ['a meeting starting in a minute',   { now: '09:54', events: [standup] },                'available',     FREE],
  ['a meeting ending this instant',    { now: '10:30', events: [standup] },                'transitioning', '"Standup" ended at 10:30'],
  ['a meeting ended 14:59 ago',        { now: '10:44:59', events: [standup] },             'transitioning', '"Standup" ended at 10:30'],
  ['a meeting ended exactly 15 ago',   { now: '10:45', events: [standup] },                'available',     FREE],
  ['a focus block ended 5 min ago',    { now: '11:05', events: [focusBlock] },             'transitioning', '"Deep work" ended at 11:00'],
  ['an untitled meeting',              { now: '10:00', events: [slot('10:00', '10:30')] }, 'in_meeting',    'In a meeting until 10:30'],
  ['an untitled focus event',          { now: '10:00', events: [slot('10:00', '12:00', { focus: true })] }, 'deep_work', 'In a focus block until 12:00'],
  ['an untitled event just ended',     { now: '10:00', events: [slot('09:00', '10:00')] }, 'transitioning', 'An event ended at 10:00'],
  ['never seen',                       { now: '10:00', seenAgo: null },                    'away',          'Not seen yet'],
  ['last seen exactly 30 min ago',     { now: '10:00', seenAgo: 30 },                      'away',          'Last seen at 09:30'],
  ['last seen 29 min ago',             { now: '10:00', seenAgo: 29 },                      'available',     FREE],
  ['seen "in the future" (clock skew)',{ now: '10:00', seenAgo: -2 },                      'available',     FREE],
  ['at the review time',               { now: '21:00' },                                   'winding_down',  'Winding down until 08:00'],
];

// prettier-ignore
const PRECEDENCE: Case[] = [
  ['focus beats an overlapping meeting listed first and ending later',
    { now: '10:00', events: [slot('09:00', '12:00', { title: 'Offsite' }), focusBlock] }, 'deep_work', 'In "Deep work" until 11:00'],
  ['a meeting beats one that just ended',
    { now: '10:00', events: [planning, standup] }, 'in_meeting', 'In "Standup" until 10:30'],
  ['of two current meetings the later-ending one is named',
    { now: '10:00', events: [standup, slot('09:00', '10:15', { title: '1:1' })] }, 'in_meeting', 'In "Standup" until 10:30'],
  ['of two just-ended events the latest is named',
    { now: '10:00', events: [slot('09:00', '09:50', { title: 'A' }), planning] }, 'transitioning', '"Planning" ended at 09:55'],
  ['a meeting beats away (never seen)',
    { now: '10:00', events: [standup], seenAgo: null }, 'in_meeting', 'In "Standup" until 10:30'],
  ['focus beats away',
    { now: '10:00', events: [focusBlock], seenAgo: 120 }, 'deep_work', 'In "Deep work" until 11:00'],
  ['transitioning beats away',
    { now: '10:00', events: [planning], seenAgo: 90 }, 'transitioning', '"Planning" ended at 09:55'],
  ['a meeting beats winding down',
    { now: '22:00', events: [slot('21:30', '23:00', { title: 'Tokyo' })] }, 'in_meeting', 'In "Tokyo" until 23:00'],
  ['away beats winding down',
    { now: '22:00', seenAgo: 45 }, 'away', 'Last seen at 21:15'],
  ['winding down when recently seen',
    { now: '22:00', seenAgo: 10 }, 'winding_down', 'Winding down until 08:00'],
  ['a current all-day focus event never blocks',
    { now: '10:00', events: [holiday] }, 'available', FREE],
  ['an all-day event that just ended is no transition',
    { now: '2025-06-03T00:05:00Z', events: [holiday] }, 'winding_down', 'Winding down until 08:00'],
  ['an all-day event does not hide a timed meeting',
    { now: '10:00', events: [holiday, standup] }, 'in_meeting', 'In "Standup" until 10:30'],
  ['an all-day event does not hide a transition',
    { now: '10:00', events: [holiday, planning] }, 'transitioning', '"Planning" ended at 09:55'],
];

describe('deriveUserState', () => {
  it.each(EACH_RULE)('each rule: %s → %s', (_name, row, state, reason) => {
    expect(deriveUserState(input(row))).toEqual({ state, reason });
  });

  it.each(PRECEDENCE)('precedence: %s → %s', (_name, row, state, reason) => {
    expect(deriveUserState(input(row))).toEqual({ state, reason });
  });
});
