/** Title words that mark time the user wants undisturbed (case-insensitive, whole words). */
const FOCUS_TITLE =
  /\b(?:focus(?:ed|ing)?|deep[\s-]+work|do[\s-]+not[\s-]+disturb|dnd|heads[\s-]+down)\b/i;

/** True for a title such as "Focus", "Deep work", "Do not disturb", "DND", "Heads-down". */
export function isFocusTitle(title: string | null | undefined): boolean {
  return FOCUS_TITLE.test(title ?? '');
}

/** Google's own `focusTime` event type first, then the title. */
export function isFocusEvent(event: {
  eventType?: string | null;
  summary?: string | null;
}): boolean {
  return event.eventType === 'focusTime' || isFocusTitle(event.summary);
}
