import { useState } from 'react';
import { useChatStore } from '../../stores/chat.store';

/** Past conversations: pick one to read it, start a new one, rename or delete. */
export function ChatSessionList() {
  const sessions = useChatStore((s) => s.sessions);
  const activeId = useChatStore((s) => s.activeId);
  const busy = useChatStore((s) => s.turn !== null);
  const problem = useChatStore((s) => s.problem);
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);
  const { select, rename, remove } = useChatStore.getState();

  const saveRename = () => {
    if (!editing) return;
    const title = editing.title.trim();
    if (title) void rename(editing.id, title);
    setEditing(null);
  };

  return (
    <nav className="chat-sessions" aria-label="Chat sessions">
      <button
        type="button"
        className="pixel-button"
        disabled={busy}
        onClick={() => void select(null)}
      >
        New chat
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <ul className="flex flex-col gap-1">
        {sessions.map((session) => (
          <li key={session.id} className="chat-session">
            {editing?.id === session.id ? (
              <input
                className="pixel-input"
                aria-label="Session title"
                autoFocus
                maxLength={200}
                value={editing.title}
                onChange={(e) => setEditing({ id: session.id, title: e.target.value })}
                onBlur={saveRename}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') saveRename();
                  if (e.key === 'Escape') {
                    e.stopPropagation();
                    setEditing(null);
                  }
                }}
              />
            ) : (
              <>
                <button
                  type="button"
                  className="chat-session__title body-text"
                  aria-current={session.id === activeId}
                  disabled={busy}
                  title={session.title}
                  onClick={() => void select(session.id)}
                >
                  {session.title}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename ${session.title}`}
                  onClick={() => setEditing({ id: session.id, title: session.title })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--bad"
                  aria-label={`Delete ${session.title}`}
                  disabled={busy}
                  onClick={() => {
                    if (window.confirm(`Delete “${session.title}” and its messages?`))
                      void remove(session.id);
                  }}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
