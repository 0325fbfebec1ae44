/**
 * One policy editor panel: a heading, the lazily loaded Monaco editor, and its problems list.
 * Until Monaco arrives the document is shown as plain text, so nothing is blank; if Monaco fails
 * to load, a plain text area keeps the document editable.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectDocumentText } from '../../state/selectors';
import { ProblemsList } from './ProblemsList';

const PolicyEditorCore = lazy(() => import('./PolicyEditorCore'));

/** Props of {@link PolicyEditor}. */
export interface PolicyEditorProps {
  readonly documentId: string;
  /** Visible heading and accessible name, e.g. "Identity policy". */
  readonly title: string;
  /** The policy's name, shown beside the heading. */
  readonly policyName: string;
}

/** A labelled policy editor with its problems. */
export function PolicyEditor({ documentId, title, policyName }: PolicyEditorProps) {
  const headingId = `heading-${documentId}`;
  return (
    <section className="panel editor-panel" aria-labelledby={headingId} data-testid={`panel.${documentId}`}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        <span className="policy-name" title="Policy name">
          {policyName}
        </span>
      </header>
      <EditorErrorBoundary fallback={<PlainTextEditor documentId={documentId} label={title} />}>
        <Suspense fallback={<EditorLoading documentId={documentId} />}>
          <PolicyEditorCore documentId={documentId} label={title} />
        </Suspense>
      </EditorErrorBoundary>
      <ProblemsList documentId={documentId} title={title} />
    </section>
  );
}

function EditorLoading({ documentId }: { documentId: string }) {
  const text = usePlayground((s) => selectDocumentText(s, documentId)) ?? '';
  return (
    <div className="editor-loading" role="status" aria-live="polite">
      <span className="loading-label">Loading editor…</span>
      <pre className="editor-preview">{text}</pre>
    </div>
  );
}

function PlainTextEditor({ documentId, label }: { documentId: string; label: string }) {
  const text = usePlayground((s) => selectDocumentText(s, documentId)) ?? '';
  const { setPolicyText } = usePlaygroundActions();
  return (
    <div className="editor-fallback">
      <p role="alert">The code editor could not load; you can still edit the policy as plain text.</p>
      <textarea
        aria-label={label}
        spellCheck={false}
        value={text}
        onChange={(e) => setPolicyText(documentId, e.target.value)}
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
