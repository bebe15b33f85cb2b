import type { InsightType } from '@seraph/contracts';

/** What makes two insights "the same" for the repeat rule. */
export interface InsightIdentity {
  type: InsightType;
  goalIds: readonly string[];
  text: string;
}

/** The same fingerprint is not offered again within this many hours, queued or delivered. */
export const REPEAT_WINDOW_HOURS = 24;

const TEXT_LENGTH = 160;

/**
 * type + sorted, de-duplicated, lower-cased goal ids joined; without goals: type + normalised text
 * (lower case, whitespace collapsed, trimmed, first 160 chars). The `goals`/`text` tag keeps a
 * text that happens to look like a goal id from matching a goal-based fingerprint.
 */
export function insightFingerprint(insight: InsightIdentity): string {
  if (insight.goalIds.length > 0) {
    const ids = [...new Set(insight.goalIds.map((id) => id.toLowerCase()))].sort();
    return `${insight.type}:goals:${ids.join(',')}`;
  }
  const text = insight.text.toLowerCase().replace(/\s+/g, ' ').trim();
  // Cut by code points, not UTF-16 units, so an emoji at the cut never leaves half a character.
  return `${insight.type}:text:${Array.from(text).slice(0, TEXT_LENGTH).join('')}`;
}
