/** A goal as the system prompt lists it. */
export interface PromptGoal {
  id: string;
  title: string;
  level: string;
  domain: string;
  progress: number;
  dueDate: string | null;
  flags: string[];
}

export interface PromptContext {
  now: Date;
  timezone: string;
  interruptionMode: string;
  activeGoals: PromptGoal[];
  /** At most this many goals are listed. Default 40. */
  maxGoals?: number;
}

const PERSONA =
  'You are Seraph, a calm, warm and candid guardian who helps one person pursue their goals ' +
  '("quests"). You speak briefly and concretely, encourage without flattery, and suggest the ' +
  'next small step. You can read and change goals and settings with your tools; use them rather ' +
  'than guessing, and say what you changed. Never invent goal ids: list goals first.';

/** Seraph's system prompt: persona, the date and time where the user is, settings, active goals. */
export function buildSystemPrompt(context: PromptContext): string {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: context.timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(context.now);
  const max = context.maxGoals ?? 40;
  const goals = context.activeGoals.slice(0, max).map((goal) => {
    const due = goal.dueDate ? ` due ${goal.dueDate}` : '';
    const flags = goal.flags.length ? ` [${goal.flags.join(', ')}]` : '';
    return `- ${goal.title} (${goal.level}, ${goal.domain}, ${goal.progress}%${due})${flags} id=${goal.id}`;
  });
  const more =
    context.activeGoals.length > max ? `\n(and ${context.activeGoals.length - max} more)` : '';
  return [
    PERSONA,
    `Now: ${local} (${context.timezone}).`,
    `Interruption mode: ${context.interruptionMode}.`,
    goals.length ? `Active goals:\n${goals.join('\n')}${more}` : 'Active goals: none yet.',
  ].join('\n\n');
}
