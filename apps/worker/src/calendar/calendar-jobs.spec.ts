import { planTransitions, TRANSITION_DELAY_MS } from './calendar-jobs';

const NOW = new Date('2026-03-02T09:30:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('planTransitions', () => {
  it('plans upcoming starts and ends (+5 s) with deterministic ids, soonest first', () => {
    const plan = planTransitions(
      [
        { id: 'later', startAt: at(60), endAt: at(90), allDay: false },
        { id: 'now', startAt: at(-10), endAt: at(20), allDay: false },
        { id: 'holiday', startAt: at(-600), endAt: at(800), allDay: true },
        { id: 'odd:id', startAt: at(5), endAt: at(10), allDay: false },
      ],
      NOW,
    );
    expect(plan.map((p) => [p.jobId, p.delay])).toEqual([
      [`transition-odd_id-start-${at(5).getTime()}`, 5 * 60_000 + TRANSITION_DELAY_MS],
      [`transition-odd_id-end-${at(10).getTime()}`, 10 * 60_000 + TRANSITION_DELAY_MS],
      [`transition-now-end-${at(20).getTime()}`, 20 * 60_000 + TRANSITION_DELAY_MS],
      [`transition-later-start-${at(60).getTime()}`, 60 * 60_000 + TRANSITION_DELAY_MS],
      [`transition-later-end-${at(90).getTime()}`, 90 * 60_000 + TRANSITION_DELAY_MS],
    ]);
    expect(plan[2].data).toEqual({ eventId: 'now', edge: 'end', at: at(20).toISOString() });
  });
});
