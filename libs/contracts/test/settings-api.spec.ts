import {
  CONTEXT_WINDOW_STRATEGIES,
  DEFAULT_SETTINGS,
  INTERRUPTION_MODES,
  USER_STATE_REDIS_KEY,
} from '../src';

describe('settings contracts', () => {
  it('start from defaults drawn from the shared vocabulary', () => {
    expect(INTERRUPTION_MODES).toContain(DEFAULT_SETTINGS.interruptionMode);
    expect(CONTEXT_WINDOW_STRATEGIES).toContain(DEFAULT_SETTINGS.contextWindowStrategy);
    for (const time of [
      DEFAULT_SETTINGS.briefingTime,
      DEFAULT_SETTINGS.reviewTime,
      DEFAULT_SETTINGS.activeHoursStart,
      DEFAULT_SETTINGS.activeHoursEnd,
    ]) {
      expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
  });

  it('keep the user state under the seraph: key prefix', () => {
    expect(USER_STATE_REDIS_KEY).toBe('seraph:user-state');
  });
});
