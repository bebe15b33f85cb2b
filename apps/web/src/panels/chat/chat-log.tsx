import { useEffect, useRef } from 'react';
import { useChatStore, type ShownMessage } from '../../stores/chat.store';

function Message({ message }: { message: ShownMessage }) {
  if (message.role === 'error') {
    return (
      <p role="alert" className="chat-message chat-message--error">
        {message.text}
      </p>
    );
  }
  const mine = message.role === 'user';
  return (
    <div
      className={`chat-message ${mine ? 'chat-message--user' : 'chat-message--seraph'}`}
      data-role={message.role}
    >
      <p className="pixel-label mb-1 text-gold">{mine ? 'You' : 'Seraph'}</p>
      <p>{message.text}</p>
      {message.timedOut && (
        <p className="meta-text">Seraph ran out of time on this one; ask again to go on.</p>
      )}
    </div>
  );
}

/** The conversation, with the running turn's steps, thinking indicator and streamed text. */
export function ChatLog() {
  const messages = useChatStore((s) => s.messages);
  const turn = useChatStore((s) => s.turn);
  const loading = useChatStore((s) => s.loading);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages, turn]);

  return (
    <div className="dialog-box chat-log" role="log" aria-label="Conversation" aria-live="polite">
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
