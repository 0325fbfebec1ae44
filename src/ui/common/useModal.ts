import { useEffect, useRef } from 'react';

/**
 * Keeps a native `<dialog>` shown as a modal while `open` is true and closes it when it turns
 * false; the browser handles focus trapping and Escape (which fires the dialog's `close`).
 */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
