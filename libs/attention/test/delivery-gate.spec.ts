import { INSIGHT_TYPES, INTERRUPTION_MODES, USER_STATES } from '@seraph/contracts';
import { decideDelivery, type GateInput } from '../src';

/** `spend`: delivered, spending 1 of the budget; `free`: delivered without spending; `queue`. */
type Expected = 'spend' | 'free' | 'queue';

/**
 * The gate written down a second time, independently of the implementation: instead of a chain of
 * "queue if …" rules it says positively who may be interrupted right now.
 */
const INTERRUPTIBLE = {
  available: 'any type',
  transitioning: 'any type',
  winding_down: 'alerts only',
  deep_work: 'nothing',
  in_meeting: 'nothing',
  away: 'nothing',
} as const;

function expected(c: GateInput): Expected {
  // Bypasses: urgency 5 (spends what is left) and scheduled briefings (always free).
  if (c.urgency === 5) return c.budgetRemaining > 0 ? 'spend' : 'free';
  if (c.scheduled) return 'free';
  const stateLetsThrough =
    INTERRUPTIBLE[c.userState] === 'any type' ||
    (INTERRUPTIBLE[c.userState] === 'alerts only' && c.type === 'alert');
  const ok = c.withinActiveHours && stateLetsThrough && c.mode !== 'focus' && c.budgetRemaining > 0;
  return ok ? 'spend' : 'queue';
}

function actual(c: GateInput): Expected {
  const d = decideDelivery(c);
  if (d.action === 'queue') return 'queue';
  return d.spendsBudget ? 'spend' : 'free';
}

const URGENCIES = [1, 2, 3, 4, 5] as const;
const cases: GateInput[] = [];
for (const userState of USER_STATES)
  for (const mode of INTERRUPTION_MODES)
    for (const urgency of URGENCIES)
      for (const type of INSIGHT_TYPES)
        for (const scheduled of [false, true])
          for (const budgetRemaining of [0, 3])
            for (const withinActiveHours of [true, false])
              cases.push({
                userState,
                mode,
                urgency,
                type,
                scheduled,
                budgetRemaining,
                withinActiveHours,
              });

describe('decideDelivery: full truth table', () => {
  it('covers every combination (6 states × 3 modes × 5 urgencies × 3 types × 2 × 2 × 2)', () => {
    expect(cases).toHaveLength(6 * 3 * 5 * 3 * 2 * 2 * 2);
  });

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('%s', (_name, c) => {
    expect(actual(c)).toBe(expected(c));
  });
});

describe('decideDelivery: hand-written rows', () => {
  const base: GateInput = {
    urgency: 3,
    type: 'nudge',
    scheduled: false,
    userState: 'available',
    mode: 'balanced',
    budgetRemaining: 2,
    withinActiveHours: true,
  };

  it.each<[string, Partial<GateInput>, Expected, RegExp]>([
    ['plain nudge, available, budget left', {}, 'spend', /budget/],
    ['transitioning counts as free', { userState: 'transitioning' }, 'spend', /budget/],
    [
      'urgency 5 in a meeting, budget left',
      { urgency: 5, userState: 'in_meeting' },
      'spend',
      /urgency 5/,
    ],
    ['urgency 5 with the budget spent', { urgency: 5, budgetRemaining: 0 }, 'free', /urgency 5/],
    [
      'urgency 5 at night in focus mode',
      { urgency: 5, mode: 'focus', withinActiveHours: false },
      'spend',
      /urgency 5/,
    ],
    [
      'briefing in deep work, no budget',
      { scheduled: true, userState: 'deep_work', budgetRemaining: 0 },
      'free',
      /scheduled/,
    ],
    ['briefing never spends budget', { scheduled: true }, 'free', /scheduled/],
    ['outside active hours', { withinActiveHours: false }, 'queue', /outside active hours/],
    [
      'outside active hours beats a meeting',
      { withinActiveHours: false, userState: 'in_meeting' },
      'queue',
      /outside active hours/,
    ],
    ['deep work', { userState: 'deep_work' }, 'queue', /deep work/],
    ['meeting', { userState: 'in_meeting', type: 'alert' }, 'queue', /meeting/],
    ['away', { userState: 'away', urgency: 4 }, 'queue', /away/],
    ['away beats focus mode', { userState: 'away', mode: 'focus' }, 'queue', /away/],
    ['focus mode', { mode: 'focus', budgetRemaining: 5 }, 'queue', /focus mode/],
    [
      'focus mode beats winding down',
      { mode: 'focus', userState: 'winding_down' },
      'queue',
      /focus mode/,
    ],
    ['winding down, nudge', { userState: 'winding_down' }, 'queue', /winding down/],
    [
      'winding down, advisory',
      { userState: 'winding_down', type: 'advisory' },
      'queue',
      /winding down/,
    ],
    ['winding down, alert', { userState: 'winding_down', type: 'alert' }, 'spend', /budget/],
    [
      'winding down, alert, budget spent',
      { userState: 'winding_down', type: 'alert', budgetRemaining: 0 },
      'queue',
      /budget spent/,
    ],
    ['budget spent', { budgetRemaining: 0, mode: 'active' }, 'queue', /budget spent/],
    ['negative budget counts as spent', { budgetRemaining: -1 }, 'queue', /budget spent/],
    ['urgency 4 is not urgent enough', { urgency: 4, userState: 'in_meeting' }, 'queue', /meeting/],
  ])('%s → %s', (_name, change, outcome, reason) => {
    const input = { ...base, ...change };
    const decision = decideDelivery(input);
    expect(actual(input)).toBe(outcome);
    expect(decision.reason).toMatch(reason);
    expect(decision.reason).toMatch(outcome === 'queue' ? /^queued: / : /^delivered: /);
  });
});
