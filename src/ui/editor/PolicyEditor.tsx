/**
 * The lazily loaded editor with its loading and failure states. Until Monaco arrives the
 * document is shown as plain text, so nothing is blank; if Monaco fails to load, a plain text
 * area keeps the document editable.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectDocumentText } from '../../state/selectors';

const PolicyEditorCore = lazy(() => import('./PolicyEditorCore'));

/** Props of {@link PolicyEditor}. */
export interface PolicyEditorProps {
  readonly documentId: string;
  /** Accessible name of the text area, e.g. "Identity policy". */
  readonly label: string;
  /** AWS's own policy: shown, not edited. */
  readonly readOnly?: boolean;
}

/** One document's editor. */
export function PolicyEditor({ documentId, label, readOnly = false }: PolicyEditorProps) {
  const requested = usePlayground((s) => s.editorRequested);
  if (!requested) return <EditorLoading documentId={documentId} />;
  return (
    <EditorErrorBoundary
      fallback={<PlainTextEditor documentId={documentId} label={label} readOnly={readOnly} />}
    >
      <Suspense fallback={<EditorLoading documentId={documentId} />}>
        <PolicyEditorCore documentId={documentId} label={label} readOnly={readOnly} />
      </Suspense>
    </EditorErrorBoundary>
  );
}

function EditorLoading({ documentId }: { documentId: string }) {
  const text = usePlayground((s) => selectDocumentText(s, documentId)) ?? '';
  const { requestEditor } = usePlaygroundActions();
  return (
    // A click or focus on the preview loads the editor at once.
    <div
      className="editor-loading"
      role="status"
      aria-live="polite"
      onPointerDown={requestEditor}
      onFocus={requestEditor}
    >
      <span className="loading-label">Loading editor…</span>
      <pre className="editor-preview">{text}</pre>
    </div>
  );
}

function PlainTextEditor({ documentId, label, readOnly }: Required<PolicyEditorProps>) {
  const text = usePlayground((s) => selectDocumentText(s, documentId)) ?? '';
  const { setPolicyText } = usePlaygroundActions();
  return (
    <div className="editor-fallback">
      <p role="alert">The code editor could not load; you can still edit the policy as plain text.</p>
      <textarea
        aria-label={label}
        spellCheck={false}
        value={text}
        readOnly={readOnly}
        onChange={(e) => setPolicyText(documentId, e.target.value, { keystroke: true })}
      />
    </div>
  );
}

class EditorErrorBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
