import { useEffect, useLayoutEffect, useRef } from 'react';
import { useChatStore, type ShownMessage } from '../../stores/chat.store';

function Message({ message }: { message: ShownMessage }) {
  if (message.role === 'error') {
    return (
      <p role="alert" className="chat-message chat-message--error" data-message-id={message.id}>
        {message.text}
      </p>
    );
  }
  const mine = message.role === 'user';
  return (
    <div
      className={`chat-message ${mine ? 'chat-message--user' : 'chat-message--seraph'}`}
      data-role={message.role}
      data-message-id={message.id}
    >
      <p className="pixel-label mb-1 text-gold">{mine ? 'You' : 'Seraph'}</p>
      <p>{message.text}</p>
      {message.timedOut && (
        <p className="meta-text">Seraph ran out of time on this one; ask again to go on.</p>
      )}
    </div>
  );
}

/** Where a message sits from the top of the visible part of the log, in pixels. */
const topInLog = (log: HTMLElement, el: HTMLElement) =>
  el.getBoundingClientRect().top - log.getBoundingClientRect().top;

const shownMessages = (log: HTMLElement) => [
  ...log.querySelectorAll<HTMLElement>('[data-message-id]'),
];

/** The conversation, with the running turn's steps, thinking indicator and streamed text. */
export function ChatLog() {
  const messages = useChatStore((s) => s.messages);
  const turn = useChatStore((s) => s.turn);
  const loading = useChatStore((s) => s.loading);
  const hasOlder = useChatStore((s) => s.olderCursor !== null);
  const loadingOlder = useChatStore((s) => s.loadingOlder);
  const olderProblem = useChatStore((s) => s.olderProblem);
  const log = useRef<HTMLDivElement>(null);
  const end = useRef<HTMLDivElement>(null);
  /** The message the user was looking at when asking for older ones, and where it was. */
  const anchor = useRef<{ id: string; top: number } | null>(null);
  const lastId = messages.at(-1)?.id;

  // Follow the conversation as it grows at the bottom, not when older messages come in above.
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [lastId, turn]);

  // Older messages came in above: scroll so the anchored message is where it was.
  useLayoutEffect(() => {
    const box = log.current;
    const kept = anchor.current;
    if (!box || !kept) return;
    const el = shownMessages(box).find((m) => m.dataset.messageId === kept.id);
    if (el) box.scrollTop += topInLog(box, el) - kept.top;
    if (!loadingOlder) anchor.current = null;
  }, [messages, loadingOlder]);

  const loadOlder = () => {
    const box = log.current;
    if (box) {
      const shown = shownMessages(box);
      const el =
        shown.find((m) => topInLog(box, m) + m.getBoundingClientRect().height > 0) ?? shown[0];
      const id = el?.dataset.messageId;
      anchor.current = el && id ? { id, top: topInLog(box, el) } : null;
    }
    void useChatStore.getState().loadOlder();
  };

  return (
    <div
      ref={log}
      className="dialog-box chat-log"
      role="log"
      aria-label="Conversation"
      aria-live="polite"
    >
      {!loading && hasOlder && (
        <div className="chat-older">
          <button
            type="button"
            className="pixel-button pixel-button--ghost"
            disabled={loadingOlder}
            aria-busy={loadingOlder}
            onClick={loadOlder}
          >
            {loadingOlder ? 'Loading older messages…' : 'Load older messages'}
          </button>
          {olderProblem && (
            <p className="field-error" role="alert">
              {olderProblem}
            </p>
          )}
        </div>
      )}
      {loading && <p className="meta-text">Unrolling the scroll…</p>}
      {!loading && messages.length === 0 && !turn && (
        <p className="body-text">Greetings, traveller. What is on your mind today?</p>
      )}
      {messages.map((m) => (
        <Message key={m.id} message={m} />
      ))}
      {turn && (
        <div className="chat-message chat-message--seraph" data-testid="chat-turn">
          <p className="pixel-label mb-1 text-gold">Seraph</p>
          {turn.steps.map((step, i) => (
            <p key={i} className="chat-step">
              {step}
            </p>
          ))}
          {turn.text ? (
            <p>{turn.text}</p>
          ) : (
            <p className="chat-thinking" role="status">
              Seraph is thinking…
            </p>
          )}
        </div>
      )}
      <div ref={end} />
    </div>
  );
}
