import './proactive.css';
import { useProactiveStore } from '../stores/proactive.store';
import { ProactiveBubble } from './proactive-bubble';
import { openSeraphChat } from './seraph-session';

/**
 * Seraph's proactive messages, stacked under the HUD (newest on top). The live region is always
 * mounted so screen readers announce each bubble as it arrives.
 */
export function ProactiveLayer() {
  const bubbles = useProactiveStore((s) => s.bubbles);
  const dismiss = useProactiveStore((s) => s.dismiss);
  return (
    <div className="proactive-layer">
      <div
        className="proactive-layer__stack"
        aria-live="polite"
        aria-relevant="additions"
        aria-label="Messages from Seraph"
        role="log"
      >
        {[...bubbles].reverse().map((message) => (
          <ProactiveBubble
            key={message.id}
            message={message}
            onDismiss={() => dismiss(message.id)}
            onOpen={() => {
              dismiss(message.id);
              void openSeraphChat(message.sessionId);
            }}
          />
        ))}
      </div>
    </div>
  );
}
