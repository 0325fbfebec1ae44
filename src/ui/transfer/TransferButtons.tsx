/**
 * The header's "AWS managed policies", "Import" and "Export" buttons. The dialogs (and the
 * import, export and managed policy code) load only when first opened, off the initial chunk.
 */
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';

import { DialogBoundary } from '../common/PanelBoundary';
import './transfer.css';

const ManagedPolicyDialog = lazy(() => import('../managed/ManagedPolicyDialog'));
const ImportDialog = lazy(() => import('./ImportDialog'));
const ExportDialog = lazy(() => import('./ExportDialog'));

type Open = 'managed' | 'import' | 'export' | null;

/** The three buttons and whichever dialog is open. */
export function TransferButtons() {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <span className="transfer-buttons">
      <button type="button" className="small-button" onClick={() => setOpen('managed')}>
        AWS managed policies
      </button>
      <button type="button" className="small-button" onClick={() => setOpen('import')}>
        Import
      </button>
      <button type="button" className="small-button" onClick={() => setOpen('export')}>
        Export
      </button>
      {/* In the body, not here: on narrow windows these buttons sit in a menu that hides when closed. */}
      {createPortal(
        <Suspense fallback={null}>
          {open === 'managed' && (
            <DialogBoundary name="managed" label="AWS managed policies" onClose={close}>
              <ManagedPolicyDialog onClose={close} />
            </DialogBoundary>
          )}
          {open === 'import' && (
            <DialogBoundary name="import" label="Import from AWS" onClose={close}>
              <ImportDialog onClose={close} />
            </DialogBoundary>
          )}
          {open === 'export' && (
            <DialogBoundary name="export" label="Export" onClose={close}>
              <ExportDialog onClose={close} />
            </DialogBoundary>
          )}
        </Suspense>,
        document.body,
      )}
    </span>
  );
}
