import { toLlmMessage, toUnits, unitTokens, type HistoryMessage } from './history-message';
import type { LlmMessage } from './llm-client';

export const FIXED_WINDOW_MESSAGES = 50;
export const KEEP_FIRST = 2;
export const KEEP_LAST = 20;
/**
 * Messages that must fall out of the recent window before the summary is rolled forward: until
 * then they stay verbatim after the stored summary (while that fits), so a long conversation costs
 * one summary call per this many evicted messages, not one per turn.
 */
export const SUMMARY_BATCH_MESSAGES = 20;
export const HISTORY_SHARE = 0.8;

export interface SummaryRange {
  fromSeq: number;
  toSeq: number;
  text: string;
}

export interface FitOptions {
  strategy: 'fixed' | 'adaptive';
  /** The whole session, oldest first, ending with the new user message. */
  history: HistoryMessage[];
  /** Tokens the history may use (80% of the window minus system prompt and tool schemas). */
  budget: number;
  /** The latest stored summary of the session, if any. */
  latestSummary?: SummaryRange | null;
  /** Summarises `evicted`, extending `previous`; may throw (the window then fails open). */
  summarise?: (previous: string | null, evicted: HistoryMessage[]) => Promise<string>;
  countText: (text: string) => number;
  onSummaryError?: (error: unknown) => void;
}

export interface FitResult {
  messages: LlmMessage[];
  tokens: number;
  /** A summary made by this fit, to be stored. */
  newSummary?: SummaryRange;
  /** Units (a message, or a tool call with its results) not sent verbatim. */
  omitted: number;
}

/** Token budget of the history for a model window. */
export function historyBudget(contextTokens: number, systemTokens: number, toolTokens: number) {
  return Math.max(0, Math.floor(contextTokens * HISTORY_SHARE) - systemTokens - toolTokens);
}

/**
 * Chooses what of a session the model sees. `fixed`: the last 50 messages. `adaptive`: everything
 * when it fits the budget; otherwise the first 2 and last 20 messages with a "conversation so far"
 * summary of the middle, rolled forward from the latest stored summary. A tool call and its results
 * stay together; the result never exceeds the budget (oldest kept messages go first).
 */
export async function fitContextWindow(options: FitOptions): Promise<FitResult> {
  const units = toUnits(options.history);
  const total = units.length;
  if (options.strategy === 'fixed') {
    const tail = takeLast(units, FIXED_WINDOW_MESSAGES);
    return finish(
      [],
      null,
      trimToBudget([], null, tail, options.budget, options.countText),
      total,
      options,
    );
  }
  const all = units.reduce((sum, unit) => sum + unitTokens(unit), 0);
  if (all <= options.budget) return finish([], null, units, total, options);

  const head = takeFirst(units, KEEP_FIRST);
  let tail = takeLast(units.slice(head.length), KEEP_LAST);
  const middleUnits = units.slice(head.length, units.length - tail.length);
  const middle = middleUnits.flat();
  let summary: SummaryRange | null = null;
  let newSummary: SummaryRange | undefined;
  if (middle.length > 0 && options.summarise) {
    const fromSeq = middle[0].seq;
    const toSeq = middle[middle.length - 1].seq;
    const previous = options.latestSummary;
    const usable = previous && previous.fromSeq === fromSeq && previous.toSeq <= toSeq;
    const evicted = usable ? middle.filter((m) => m.seq > previous.toSeq) : middle;
    const pending = usable ? middleUnits.filter((unit) => unit[0].seq > previous.toSeq) : [];
    const extended = [...pending, ...tail];
    const extendedTokens =
      [...head, ...extended].reduce((sum, unit) => sum + unitTokens(unit), 0) +
      (usable ? options.countText(previous.text) + 12 : 0);
    try {
      if (usable && evicted.length === 0) summary = previous;
      else if (
        usable &&
        evicted.length < SUMMARY_BATCH_MESSAGES &&
        extendedTokens <= options.budget
      ) {
        // Not enough newly evicted messages to be worth a summary call: show them verbatim.
        summary = previous;
        tail = extended;
      } else {
        const text = await options.summarise(usable ? previous.text : null, evicted);
        summary = newSummary = { fromSeq, toSeq, text };
      }
    } catch (error) {
      options.onSummaryError?.(error);
    }
  }
  const kept = trimToBudget(head, summary, tail, options.budget, options.countText);
  const result = finish(kept.head, kept.summary, kept.tail, total, options);
  return { ...result, newSummary };
}

interface Kept {
  head: HistoryMessage[][];
  summary: SummaryRange | null;
  tail: HistoryMessage[][];
}

function summaryMessage(summary: SummaryRange): LlmMessage {
  return {
    role: 'system',
    content: `Conversation so far (summary of earlier messages):\n${summary.text}`,
  };
}

function trimToBudget(
  head: HistoryMessage[][],
  summary: SummaryRange | null,
  tail: HistoryMessage[][],
  budget: number,
  countText: (text: string) => number,
): Kept {
  const count = (s: SummaryRange) => countText(s.text) + 12;
  const kept: Kept = { head: [...head], summary, tail: [...tail] };
  const size = () =>
    [...kept.head, ...kept.tail].reduce((sum, unit) => sum + unitTokens(unit), 0) +
    (kept.summary ? count(kept.summary) : 0);
  // The newest unit (the user's message) is always sent.
  while (size() > budget && kept.tail.length > 1) kept.tail.shift();
  if (size() > budget) kept.summary = null;
  while (size() > budget && kept.head.length > 0) kept.head.pop();
  return kept;
}

function finish(
  head: HistoryMessage[][],
  summary: SummaryRange | null,
  tail: HistoryMessage[][] | Kept,
  total: number,
  options: FitOptions,
): FitResult {
  const kept: Kept = Array.isArray(tail) ? { head, summary, tail } : tail;
  const units = [...kept.head, ...kept.tail];
  const messages = [
    ...kept.head.flat().map(toLlmMessage),
    ...(kept.summary ? [summaryMessage(kept.summary)] : []),
    ...kept.tail.flat().map(toLlmMessage),
  ];
  const tokens =
    units.reduce((sum, unit) => sum + unitTokens(unit), 0) +
    (kept.summary ? options.countText(kept.summary.text) + 12 : 0);
  return { messages, tokens, omitted: total - units.length };
}

function takeFirst(units: HistoryMessage[][], messages: number): HistoryMessage[][] {
  const out: HistoryMessage[][] = [];
  let count = 0;
  for (const unit of units) {
    if (count >= messages) break;
    out.push(unit);
    count += unit.length;
  }
  return out;
}

function takeLast(units: HistoryMessage[][], messages: number): HistoryMessage[][] {
  const out: HistoryMessage[][] = [];
  let count = 0;
  for (let i = units.length - 1; i >= 0; i -= 1) {
    if (out.length > 0 && count + units[i].length > messages) break;
    out.unshift(units[i]);
    count += units[i].length;
  }
  return out;
}
