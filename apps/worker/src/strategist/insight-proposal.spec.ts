import { MAX_PROPOSAL_GOALS, OFFER_TOOL, parseProposal } from './insight-proposal';

const known = new Set(['g1', 'g2', ...Array.from({ length: 20 }, (_, i) => `k${i}`)]);
const call = (args: unknown) => [
  { name: OFFER_TOOL, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
];
const valid = { text: 'Report due Friday: one section today?', urgency: 3, type: 'nudge' };

describe('parseProposal', () => {
  it('reads no call (or only other tools) as nothing to say', () => {
    expect(parseProposal([], known)).toEqual({ kind: 'none' });
    expect(parseProposal([{ name: 'other', arguments: '{}' }], known)).toEqual({ kind: 'none' });
  });

  it('keeps a valid proposal, trimming the text and dropping unknown and repeated goal ids', () => {
    expect(
      parseProposal(call({ ...valid, text: '  hi  ', goalIds: ['g1', 'zz', 'g1', 'g2'] }), known),
    ).toEqual({
      kind: 'proposal',
      proposal: { text: 'hi', urgency: 3, type: 'nudge', goalIds: ['g1', 'g2'] },
    });
  });

  it('accepts missing or null goal ids as none', () => {
    for (const goalIds of [undefined, null]) {
      const parsed = parseProposal(call({ ...valid, goalIds }), known);
      expect(parsed).toEqual({ kind: 'proposal', proposal: { ...valid, goalIds: [] } });
    }
  });

  it('trims a long goal list instead of losing the insight', () => {
    const goalIds = [...known].reverse();
    const parsed = parseProposal(call({ ...valid, goalIds }), known);
    expect(parsed.kind).toBe('proposal');
    if (parsed.kind !== 'proposal') return;
    expect(parsed.proposal.goalIds).toEqual(goalIds.slice(0, MAX_PROPOSAL_GOALS));
  });

  // prettier-ignore
  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"text": ', /not JSON/],
    ['empty arguments', '', /^text: /],
    ['blank text', { ...valid, text: '   ' }, /^text: /],
    ['text too long', { ...valid, text: 'x'.repeat(601) }, /^text: /],
    ['urgency out of range', { ...valid, urgency: 6 }, /^urgency: /],
    ['fractional urgency', { ...valid, urgency: 2.5 }, /^urgency: /],
    ['unknown type', { ...valid, type: 'rant' }, /^type: /],
    ['goal ids not strings', { ...valid, goalIds: [1] }, /^goalIds\.0: /],
    ['an array, not an object', [valid], /^arguments: /],
  ])('rejects %s with a problem naming the field', (_, args, problem) => {
    const parsed = parseProposal(call(args), known);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind !== 'invalid') return;
    expect(parsed.problem).toMatch(problem);
  });
});
