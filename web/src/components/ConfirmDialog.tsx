import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

/**
 * A confirmation that says what will happen before it happens (a native modal `<dialog>`: focus
 * is kept inside, Escape closes it).
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  disabled,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** The confirmation cannot be given yet (an input is missing, a preview is being worked out). */
  disabled?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            Keep as is
          </button>
          <button type="submit" className="danger" disabled={busy || disabled}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
