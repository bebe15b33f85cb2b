import { useEffect, useRef, type ReactNode } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  /** Extra classes for the frame (width). */
  className?: string;
}

/**
 * A modal dialog frame: focus moves in on open, Tab cycles inside, Esc cancels, and focus returns
 * to where it was when the dialog closes.
 */
export function Modal({ title, onCancel, children, className = 'max-w-[520px]' }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `modal-${title.replace(/\W+/g, '-').toLowerCase()}`;

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? ref.current)?.focus();
    return () => before?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="modal-backdrop fixed inset-0 z-[100] flex items-center justify-center p-4">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className={`pixel-frame dialog-frame max-h-[90vh] w-full overflow-auto p-5 ${className}`}
      >
        <h2 id={titleId} className="pixel-heading mb-4 text-gold">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
