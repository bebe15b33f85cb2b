import { DEFAULT_SETTINGS } from '@seraph/contracts';
import { applySettingsPatch, type StoredSettings } from './settings-change';

const stored: StoredSettings = {
  ...DEFAULT_SETTINGS,
  attentionBudgetRemaining: 1,
  attentionBudgetDate: '2025-06-01',
};
const NOW = new Date('2025-06-01T22:30:00Z'); // June 1st in UTC, June 2nd in Berlin

describe('applySettingsPatch', () => {
  it('applies the given fields and keeps the others', () => {
    const result = applySettingsPatch(stored, { reviewTime: '20:00', timezone: 'Asia/Tokyo' }, NOW);
    expect(result).toEqual({
      ok: true,
      changed: true,
      next: { ...stored, reviewTime: '20:00', timezone: 'Asia/Tokyo' },
    });
  });

  it('reports no change when every given value is already set', () => {
    expect(
      applySettingsPatch(stored, { interruptionMode: 'balanced', timezone: 'UTC' }, NOW),
    ).toEqual({ ok: true, changed: false, next: stored });
  });

  it('resets the budget to the new mode’s default, dated today in the user’s time zone', () => {
    const inUtc = applySettingsPatch(stored, { interruptionMode: 'active' }, NOW);
    expect(inUtc).toMatchObject({
      next: { attentionBudgetRemaining: 15, attentionBudgetDate: '2025-06-01' },
    });
    const berlin = { ...stored, timezone: 'Europe/Berlin' };
    expect(applySettingsPatch(berlin, { interruptionMode: 'focus' }, NOW)).toMatchObject({
      next: { attentionBudgetRemaining: 0, attentionBudgetDate: '2025-06-02' },
    });
  });

  it('dates the reset in the new time zone when mode and zone change together', () => {
    const result = applySettingsPatch(
      stored,
      { interruptionMode: 'active', timezone: 'Europe/Berlin' },
      NOW,
    );
    expect(result).toMatchObject({
      next: { attentionBudgetRemaining: 15, attentionBudgetDate: '2025-06-02' },
    });
  });

  it('leaves the budget alone for every other change', () => {
    const result = applySettingsPatch(
      stored,
      { timezone: 'Europe/Berlin', reviewTime: '20:00' },
      NOW,
    );
    expect(result).toMatchObject({
      next: { attentionBudgetRemaining: 1, attentionBudgetDate: '2025-06-01' },
    });
  });

  it('refuses active hours that start when they end, naming the fields sent', () => {
    expect(applySettingsPatch(stored, { activeHoursEnd: '08:00' }, NOW)).toEqual({
      ok: false,
      details: [{ field: 'activeHoursEnd', rule: 'must differ from activeHoursStart' }],
    });
    expect(
      applySettingsPatch(stored, { activeHoursStart: '10:00', activeHoursEnd: '10:00' }, NOW),
    ).toMatchObject({
      ok: false,
      details: [{ field: 'activeHoursStart' }, { field: 'activeHoursEnd' }],
    });
    expect(
      applySettingsPatch(stored, { activeHoursStart: '22:00', activeHoursEnd: '08:00' }, NOW),
    ).toMatchObject({ ok: true, changed: true });
  });
});
