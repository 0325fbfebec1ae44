/**
 * An editor pane: a tab per document, the open document's editor, and its problems. The left
 * pane holds the identity policies; the right one the boundary and every other policy type.
 */
import { useId, useState, type ReactNode } from 'react';

import { usePlaygroundActions } from '../../state/hooks';
import type { DocumentTab } from '../../state/selectors';
import { PolicyEditor } from './PolicyEditor';
import { ProblemsList } from './ProblemsList';

/** Props of {@link EditorPane}. */
export interface EditorPaneProps {
  readonly tabs: readonly DocumentTab[];
  readonly activeId: string;
  /** Heading when no tab is open. */
  readonly emptyTitle: string;
  /** Shown instead of an editor when there is no tab. */
  readonly empty: ReactNode;
  /** Controls after the tabs: add buttons, menus. */
  readonly tools: ReactNode;
  /** Controls for the open document, under the tabs (boundary switch, resource policy kind). */
  readonly documentTools?: ReactNode;
  readonly testId: string;
}

/** A pane of tabs and one editor. */
export function EditorPane({
  tabs,
  activeId,
  emptyTitle,
  empty,
  tools,
  documentTools,
  testId,
}: EditorPaneProps) {
  const active = tabs.find((t) => t.id === activeId) ?? tabs[0];
  const headingId = useId();
  const title = active?.title ?? emptyTitle;
  return (
    <section className="panel editor-panel" aria-labelledby={headingId} data-testid={testId}>
      <header className="panel-header pane-header">
        <h2 id={headingId}>{title}</h2>
        <div className="pane-tools">{tools}</div>
      </header>
      <div className="tabs" role="tablist" aria-label={`${emptyTitle} documents`}>
        {tabs.map((tab) => (
          <Tab key={tab.id} tab={tab} selected={tab.id === active?.id} />
        ))}
      </div>
      {active ? (
        <div className="tab-panel" role="tabpanel" aria-label={`${active.title}: ${active.name}`}>
          <div className="document-tools">
            <DocumentBar key={active.id} tab={active} />
            {documentTools}
          </div>
          <PolicyEditor documentId={active.id} label={active.title} readOnly={active.readOnly} />
          {!active.readOnly && <ProblemsList documentId={active.id} title={active.title} />}
        </div>
      ) : (
        <div className="pane-empty">{empty}</div>
      )}
    </section>
  );
}

function Tab({ tab, selected }: { tab: DocumentTab; selected: boolean }) {
  const { setActiveTab } = usePlaygroundActions();
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      className={`tab${selected ? ' is-selected' : ''}`}
      title={`${tab.title}: ${tab.name}`}
      onClick={() => setActiveTab(tab.id)}
      data-testid={`tab.${tab.id}`}
    >
      <span className="tab-kind">{tab.kind}</span> {tab.name}
    </button>
  );
}

/** The open document's name (editable) and its Remove button. */
function DocumentBar({ tab }: { tab: DocumentTab }) {
  const { renamePolicy, removePolicy } = usePlaygroundActions();
  const [draft, setDraft] = useState<string | null>(null);
  if (tab.readOnly) {
    return (
      <p className="document-bar muted" data-testid={`readonly.${tab.id}`}>
        {tab.name}: attached by AWS to every level where RCPs are enabled; it cannot be detached or edited, so
        customer RCPs only deny.
      </p>
    );
  }
  return (
    <div className="document-bar">
      <label className="document-name">
        <span>Name</span>
        <input
          value={draft ?? tab.name}
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => {
            if (draft !== null && draft.trim()) renamePolicy(tab.id, draft.trim());
            setDraft(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setDraft(null);
          }}
          data-testid={`rename.${tab.id}`}
        />
      </label>
      {tab.removable && (
        <button type="button" className="small-button" onClick={() => removePolicy(tab.id)}>
          Remove
        </button>
      )}
    </div>
  );
}
