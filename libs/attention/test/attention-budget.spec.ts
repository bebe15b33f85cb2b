import { INTERRUPTION_MODES } from '@seraph/contracts';
import { budgetAfterModeChange, budgetAsOf, dailyBudget, freshBudget } from '../src';

describe('daily attention budget', () => {
  it('grants focus 0, balanced 5 and active 15 interruptions a day', () => {
    expect(INTERRUPTION_MODES.map(dailyBudget)).toEqual([0, 5, 15]);
    expect(freshBudget('active', '2025-06-01')).toEqual({ remaining: 15, date: '2025-06-01' });
  });

  describe('budgetAsOf (reset at local midnight)', () => {
    const spent = { remaining: 1, date: '2025-06-01' };

    it('keeps what is left on the same local date', () => {
      expect(budgetAsOf(spent, 'balanced', '2025-06-01')).toEqual(spent);
    });

    it.each([
      ['the next day', '2025-06-02'],
      ['a week later', '2025-06-08'],
      ['across a month end', '2025-07-01'],
      ['across a year end', '2026-01-01'],
    ])('starts over with the mode’s full budget %s', (_when, today) => {
      expect(budgetAsOf(spent, 'balanced', today)).toEqual({ remaining: 5, date: today });
      expect(budgetAsOf(spent, 'active', today)).toEqual({ remaining: 15, date: today });
      expect(budgetAsOf(spent, 'focus', today)).toEqual({ remaining: 0, date: today });
    });

    it('compares whole dates, not characters (2025-10-01 is after 2025-09-30)', () => {
      expect(budgetAsOf({ remaining: 0, date: '2025-09-30' }, 'balanced', '2025-10-01')).toEqual({
        remaining: 5,
        date: '2025-10-01',
      });
    });

    it('never hands out a second budget for a day already begun (moving west in time zones)', () => {
      expect(budgetAsOf({ remaining: 2, date: '2025-06-02' }, 'active', '2025-06-01')).toEqual({
        remaining: 2,
        date: '2025-06-02',
      });
    });
  });

  describe('budgetAfterModeChange', () => {
    const today = '2025-06-01';
    const spent = { remaining: 1, date: today };

    it.each([
      ['balanced', 'focus', 0],
      ['balanced', 'active', 15],
      ['active', 'balanced', 5],
      ['focus', 'balanced', 5],
      ['focus', 'active', 15],
      ['active', 'focus', 0],
    ] as const)('%s → %s resets the day to %i', (from, to, remaining) => {
      expect(budgetAfterModeChange(spent, from, to, today)).toEqual({ remaining, date: today });
    });

    it('dates the reset budget today even when the stored one is older', () => {
      expect(
        budgetAfterModeChange({ remaining: 0, date: '2025-05-20' }, 'focus', 'active', today),
      ).toEqual({ remaining: 15, date: today });
    });

    it('does not refill when the mode stays the same, but still rolls over at midnight', () => {
      expect(budgetAfterModeChange(spent, 'balanced', 'balanced', today)).toEqual(spent);
      expect(budgetAfterModeChange(spent, 'balanced', 'balanced', '2025-06-02')).toEqual({
        remaining: 5,
        date: '2025-06-02',
      });
    });
  });
});
