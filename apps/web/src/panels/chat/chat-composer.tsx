import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { serverSocket } from '../../app/server-connection';
import { useChatStore } from '../../stores/chat.store';

/** Sends the text as a chat turn: shows it at once, then waits for Seraph's answer. */
export function sendChatMessage(text: string): void {
  const store = useChatStore.getState();
  const sessionId = store.activeId ?? undefined;
  store.beginTurn(text);
  if (!serverSocket.sendChat(sessionId ? { sessionId, text } : { text })) store.failSend();
}

/** The message box: Enter sends, Shift+Enter starts a new line. */
export function ChatComposer() {
  const [text, setText] = useState('');
  const busy = useChatStore((s) => s.turn !== null);

  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    sendChatMessage(trimmed);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <form className="flex flex-col gap-2" onSubmit={onSubmit}>
      <textarea
        className="pixel-input chat-input"
        aria-label="Message Seraph"
        placeholder="Say something to Seraph… (Enter sends, Shift+Enter for a new line)"
        rows={2}
        maxLength={8000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="flex items-center justify-between gap-2">
        <span className="meta-text">{busy ? 'Seraph is answering…' : ' '}</span>
        <button type="submit" className="pixel-button" disabled={busy || !text.trim()}>
          Send
        </button>
      </div>
    </form>
  );
}
