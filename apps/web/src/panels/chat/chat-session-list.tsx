import type { ChatSession } from '@seraph/contracts';
import { useEffect, useRef, useState } from 'react';
import { useChatStore } from '../../stores/chat.store';

interface ConfirmDeleteProps {
  session: ChatSession;
  /** Called after the answer; `deleted` says whether the conversation is gone. */
  onDone: (deleted: boolean) => void;
}

/** An in-panel "Delete this conversation?" with Keep (focused) and Delete; Escape keeps it. */
function ConfirmDeleteSession({ session, onDone }: ConfirmDeleteProps) {
  const [deleting, setDeleting] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const textId = `chat-confirm-${session.id}`;

  const confirm = async () => {
    setDeleting(true);
    await useChatStore.getState().remove(session.id);
    const gone = !useChatStore.getState().sessions.some((s) => s.id === session.id);
    if (!gone) setDeleting(false);
    onDone(gone);
  };

  return (
    <div
      className="chat-confirm"
      role="group"
      aria-labelledby={textId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      <p id={textId} className="body-text">
        Delete this conversation?
      </p>
      <p className="meta-text">“{session.title}” and its messages will be gone.</p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={keep}
          type="button"
          className="pixel-button pixel-button--ghost"
          onClick={() => onDone(false)}
        >
          Keep
        </button>
        <button
          type="button"
          className="pixel-button pixel-button--danger"
          disabled={deleting}
          onClick={() => void confirm()}
        >
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </div>
  );
}

/** Past conversations: pick one to read it, start a new one, rename or delete. */
export function ChatSessionList() {
  const sessions = useChatStore((s) => s.sessions);
  const activeId = useChatStore((s) => s.activeId);
  const busy = useChatStore((s) => s.turn !== null);
  const problem = useChatStore((s) => s.problem);
  const [editing, setEditing] = useState<{ id: string; title: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  /** Where focus goes when the confirmation closes: the row's delete button, or "New chat". */
  const returnFocus = useRef<{ id: string; deleted: boolean } | null>(null);
  const newChat = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    const back = returnFocus.current;
    if (confirming !== null || !back) return;
    returnFocus.current = null;
    (back.deleted ? newChat.current : deleteButtons.current.get(back.id))?.focus();
  }, [confirming]);
  const { select, rename } = useChatStore.getState();

  const saveRename = () => {
    if (!editing) return;
    const title = editing.title.trim();
    if (title) void rename(editing.id, title);
    setEditing(null);
  };

  return (
    <nav className="chat-sessions" aria-label="Chat sessions">
      <button
        ref={newChat}
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
            {confirming === session.id ? (
              <ConfirmDeleteSession
                session={session}
                onDone={(deleted) => {
                  returnFocus.current = { id: session.id, deleted };
                  setConfirming(null);
                }}
              />
            ) : editing?.id === session.id ? (
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
                  ref={(el) => {
                    if (el) deleteButtons.current.set(session.id, el);
                    else deleteButtons.current.delete(session.id);
                  }}
                  type="button"
                  className="icon-button icon-button--bad"
                  aria-label={`Delete ${session.title}`}
                  disabled={busy}
                  onClick={() => setConfirming(session.id)}
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
