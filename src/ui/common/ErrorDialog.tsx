/** The dialog a failed dialog is replaced by: what failed, "Try again", and Close. */
import { useId } from 'react';

import { DialogClose } from './DialogClose';
import { useModal } from './useModal';

/** Props of {@link ErrorDialog}. */
export interface ErrorDialogProps {
  readonly title: string;
  /** The error's message, shown as text. */
  readonly message: string;
  readonly onRetry: () => void;
  readonly onClose: () => void;
  readonly testId?: string;
}

/** A native modal dialog, open while mounted (Escape and Close call `onClose`). */
export function ErrorDialog({ title, message, onRetry, onClose, testId }: ErrorDialogProps) {
  const ref = useModal(true);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="error-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      <p>The rest of the playground still works, and your policies are kept.</p>
      <pre className="panel-error-message">{message}</pre>
      <div className="error-dialog-buttons">
        <button type="button" className="small-button" onClick={onRetry}>
          Try again
        </button>
        <DialogClose />
      </div>
    </dialog>
  );
}
