import { insightFingerprint, REPEAT_WINDOW_HOURS, type InsightIdentity } from '../src';

function fp(change: Partial<InsightIdentity>): string {
  return insightFingerprint({ type: 'nudge', goalIds: [], text: '', ...change });
}

describe('insightFingerprint', () => {
  it('repeats are held back for 24 hours', () => {
    expect(REPEAT_WINDOW_HOURS).toBe(24);
  });

  it('with goals: type + sorted, de-duplicated, lower-cased goal ids; the text does not matter', () => {
    const expected = 'nudge:goals:a1,b2,c3';
    expect(fp({ goalIds: ['b2', 'a1', 'c3'], text: 'Go for a run' })).toBe(expected);
    expect(fp({ goalIds: ['c3', 'b2', 'a1', 'b2'], text: 'Something else entirely' })).toBe(
      expected,
    );
    expect(fp({ goalIds: ['A1', 'b2', 'C3', 'a1'] })).toBe(expected);
  });

  it('different goal sets or types give different fingerprints', () => {
    const base = fp({ goalIds: ['a1', 'b2'] });
    expect(fp({ goalIds: ['a1'] })).not.toBe(base);
    expect(fp({ goalIds: ['a1', 'b2', 'c3'] })).not.toBe(base);
    expect(fp({ goalIds: ['a1', 'b2'], type: 'alert' })).not.toBe(base);
  });

  // prettier-ignore
  it.each<[string, string]>([
    ['Go for a run', 'nudge:text:go for a run'],
    ['  Go   for\ta\nrun  ', 'nudge:text:go for a run'],
    ['GO FOR A RUN', 'nudge:text:go for a run'],
    ['', 'nudge:text:'],
    ['   ', 'nudge:text:'],
  ])('without goals: normalises %p to %p', (text, expected) => {
    expect(fp({ text })).toBe(expected);
  });

  it('without goals: keeps the first 160 characters of the normalised text', () => {
    const long = 'A'.repeat(200);
    expect(fp({ text: long })).toBe(`nudge:text:${'a'.repeat(160)}`);
    // Trimmed before the cut: a space that lands at the cut stays.
    expect(fp({ text: `   ${'x '.repeat(79)}x tail` })).toBe(`nudge:text:${'x '.repeat(80)}`);
    expect(fp({ text: `${'a'.repeat(160)} different ending` })).toBe(fp({ text: 'a'.repeat(165) }));
  });

  it('without goals: cuts by characters, never splitting an emoji', () => {
    expect(fp({ text: '🏃'.repeat(170) })).toBe(`nudge:text:${'🏃'.repeat(160)}`);
  });

  it('without goals: the type and the words still tell insights apart', () => {
    expect(fp({ text: 'Go for a run' })).not.toBe(fp({ text: 'Go for a run', type: 'alert' }));
    expect(fp({ text: 'Go for a run' })).not.toBe(fp({ text: 'Go for a walk' }));
  });

  it('a text never collides with a goal-based fingerprint', () => {
    expect(fp({ text: 'a1' })).not.toBe(fp({ goalIds: ['a1'] }));
  });
});
