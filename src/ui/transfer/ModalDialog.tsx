/** A native modal `<dialog>`, open while mounted: the browser handles focus trapping and Escape. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

import './transfer.css';

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** The dialog's heading, which also names it for assistive technology. */
  readonly title: string;
  /** Called once the dialog has closed (Escape, the Close button, or `close()`). */
  readonly onClose: () => void;
  /** Extra class for sizing. */
  readonly className?: string;
  /** Test id of the `<dialog>` element. */
  readonly testId?: string;
  readonly children: ReactNode;
}

/**
 * Shows `children` in a modal dialog from the moment it mounts; the owner unmounts it in
 * `onClose`. Closing is never done on unmount: StrictMode's double effects would otherwise
 * close the dialog it just opened.
 */
export function ModalDialog({ title, onClose, className, testId, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`transfer-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <header className="transfer-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <form method="dialog">
          <button type="submit" className="small-button">
            Close
          </button>
        </form>
      </header>
      {children}
    </dialog>
  );
}

/** Closes the dialog that contains `element` (its `onClose` then runs). */
export function closeEnclosingDialog(element: Element | null): void {
  element?.closest('dialog')?.close();
}
