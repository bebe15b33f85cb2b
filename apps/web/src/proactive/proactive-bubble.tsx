import type { InsightType, ProactivePayload } from '@seraph/contracts';
import { useEffect, useRef, useState } from 'react';
import { PixelIcon } from '../hud/pixel-icon';
import { SPRITES } from '../hud/sprites';
import { UI_SPRITES } from '../panels/common/ui-sprites';

/** How long a bubble stays before it hides itself (paused while hovered or focused). */
export const BUBBLE_AUTO_HIDE_MS = 20_000;
/** After the pointer or focus leaves, a bubble stays at least this long. */
const MIN_REMAINING_MS = 5_000;

const TYPE_META: Record<InsightType, { label: string; sprite: readonly string[] }> = {
  advisory: { label: 'Advice', sprite: SPRITES.diamond },
  nudge: { label: 'Nudge', sprite: SPRITES.hourglass },
  alert: { label: 'Alert', sprite: SPRITES.warning },
};

export interface ProactiveBubbleProps {
  message: ProactivePayload;
  onOpen: () => void;
  onDismiss: () => void;
}

/** Calls `onExpire` after the auto-hide delay, counting only the time it is not paused. */
function useAutoHide(onExpire: () => void, paused: boolean) {
  const expire = useRef(onExpire);
  const remaining = useRef(BUBBLE_AUTO_HIDE_MS);
  useEffect(() => {
    expire.current = onExpire;
  });
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(() => expire.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      const left = remaining.current - (Date.now() - started);
      remaining.current = Math.max(MIN_REMAINING_MS, left);
    };
  }, [paused]);
}

/** One message from Seraph as an RPG dialogue box: a name plate, the words, and a close button. */
export function ProactiveBubble({ message, onOpen, onDismiss }: ProactiveBubbleProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  useAutoHide(onDismiss, hovered || focused);
  const meta = TYPE_META[message.type] ?? TYPE_META.advisory;
  const titleId = `bubble-${message.id}-title`;

  return (
    <article
      className="pixel-frame proactive-bubble"
      data-type={message.type}
      data-testid="proactive-bubble"
      aria-labelledby={titleId}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <header className="proactive-bubble__head">
        <span className="proactive-bubble__name pixel-label" id={titleId}>
          Seraph <span className="sr-only">says ({meta.label.toLowerCase()})</span>
        </span>
        <span className="proactive-bubble__type pixel-label" aria-hidden="true">
          <PixelIcon pattern={meta.sprite} scale={2} />
          {meta.label}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label="Dismiss message"
          title="Dismiss"
          onClick={onDismiss}
        >
          <PixelIcon pattern={UI_SPRITES.close} scale={2} />
        </button>
      </header>
      <button type="button" className="proactive-bubble__body" onClick={onOpen}>
        <span className="proactive-bubble__text">{message.text}</span>
        <span className="proactive-bubble__hint">Reply in chat ▸</span>
      </button>
    </article>
  );
}
