import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface FormDialogProps {
  open: boolean;
  title: string;
  /** A sentence under the title, read with it when the dialog opens. */
  description?: ReactNode;
  children: ReactNode;
  submitLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** A refusal of the API, announced at once. */
  error?: string | null;
  tone?: 'primary' | 'danger';
  onSubmit: () => void;
  onCancel: () => void;
}

/**
 * A modal that asks for a value (a date, a reason) before acting, on the native <dialog> like ConfirmDialog:
 * focus is trapped and lands on the first field, Escape cancels, focus returns where it was. Enter in a field
 * submits, as in any form.
 */
export function FormDialog({ open, title, description, children, submitLabel, cancelLabel, busy = false, error = null, tone = 'primary', onSubmit, onCancel }: FormDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <dialog
      ref={dialog}
      className={`dialog dialog--${tone}`}
      aria-labelledby={titleId}
      aria-describedby={description ? textId : undefined}
      onCancel={(event) => {
        // Escape: let React state decide, so that the dialog and the state never disagree.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {description && (
        <div id={textId} className="dialog__text">
          {description}
        </div>
      )}
      <form noValidate onSubmit={submit} aria-busy={busy}>
        {open && children}
        <div role="alert">{error && <p className="field__error">{error}</p>}</div>
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
          <button type="submit" className={`button button--${tone}`} disabled={busy} aria-busy={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
