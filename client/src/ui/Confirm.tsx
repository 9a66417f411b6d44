import type { ReactNode } from 'react';

interface Props {
  /** Names the question, for the group's label. */
  id: string;
  question: ReactNode;
  /** What the person may set before saying yes (an expiry, say). */
  children?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** A step that cannot be undone is shown as such. */
  danger?: boolean;
  disabled?: boolean;
  /** Focus goes to the yes button, unless a field of `children` takes it. */
  focusConfirm?: boolean;
}

/** A question asked in place of the button that asked it: yes, or cancel. */
export function Confirm({ id, question, children, confirmLabel, cancelLabel, onConfirm, onCancel, danger, disabled, focusConfirm = true }: Props) {
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      {children}
      <div className="form-actions">
        <button type="button" className={danger ? 'danger' : undefined} autoFocus={focusConfirm} disabled={disabled} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
