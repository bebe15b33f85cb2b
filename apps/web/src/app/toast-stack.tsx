import { useToastStore } from '../stores/toast.store';

/** Notices at the bottom of the screen: errors as alerts, confirmations as polite status. */
export function ToastStack() {
  const toasts = useToastStore((s) => s.toasts);
  const dismiss = useToastStore((s) => s.dismiss);
  if (toasts.length === 0) return null;
  return (
    <div className="fixed right-4 bottom-4 z-[200] flex max-w-[420px] flex-col gap-2">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          data-tone={toast.tone}
          className="pixel-frame toast flex items-start gap-3 px-4 py-3"
        >
          <span
            className={`pixel-label ${toast.tone === 'error' ? 'text-bad' : 'text-gold'}`}
            aria-hidden="true"
          >
            {toast.tone === 'error' ? '!' : '✦'}
          </span>
          <p className="body-text flex-1">{toast.text}</p>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
