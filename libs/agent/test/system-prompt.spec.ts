import { buildSystemPrompt } from '../src';

describe('buildSystemPrompt', () => {
  const goal = (i: number) => ({
    id: `g${i}`,
    title: `Goal ${i}`,
    level: 'weekly',
    domain: 'health',
    progress: 40,
    dueDate: i === 1 ? '2026-03-08' : null,
    flags: i === 1 ? ['behind'] : [],
  });

  it('holds the persona, local date and time, the mode and the active goals compactly', () => {
    const prompt = buildSystemPrompt({
      now: new Date('2026-03-01T23:30:00Z'),
      timezone: 'Asia/Tokyo',
      interruptionMode: 'focus',
      activeGoals: [goal(1), goal(2)],
    });
    expect(prompt).toContain('You are Seraph');
    expect(prompt).toContain('2 March 2026');
    expect(prompt).toContain('08:30');
    expect(prompt).toContain('Asia/Tokyo');
    expect(prompt).toContain('Interruption mode: focus.');
    expect(prompt).toContain('- Goal 1 (weekly, health, 40% due 2026-03-08) [behind] id=g1');
    expect(prompt).toContain('- Goal 2 (weekly, health, 40%) id=g2');
  });

  it('lists at most maxGoals goals and says how many more there are', () => {
    const prompt = buildSystemPrompt({
      now: new Date('2026-03-01T12:00:00Z'),
      timezone: 'UTC',
      interruptionMode: 'balanced',
      activeGoals: Array.from({ length: 5 }, (_, i) => goal(i + 1)),
      maxGoals: 3,
    });
    expect(prompt).toContain('id=g3');
    expect(prompt).not.toContain('id=g4');
    expect(prompt).toContain('(and 2 more)');
  });

  it('says when there are no goals yet', () => {
    const prompt = buildSystemPrompt({
      now: new Date(),
      timezone: 'UTC',
      interruptionMode: 'balanced',
      activeGoals: [],
    });
    expect(prompt).toContain('Active goals: none yet.');
  });
});
