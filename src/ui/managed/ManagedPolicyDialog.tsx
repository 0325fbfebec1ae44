/**
 * The AWS managed policy picker: search every AWS managed policy, preview its latest document,
 * and attach it as an identity policy or use it as the permissions boundary.
 */
import { useDeferredValue, useMemo, useState } from 'react';

import type { ManagedPolicySummary } from '../../managed-policies';
import { usePlaygroundActions } from '../../state/hooks';
import { closeEnclosingDialog, ModalDialog } from '../transfer/ModalDialog';
import { useManagedLibrary } from '../transfer/useManagedLibrary';
import { usePolicyPreview } from './usePolicyPreview';
import './managed.css';
import { formatCount } from '../../engine';

/** Results rendered at once: enough to browse, few enough to keep typing instant. */
export const RESULT_LIMIT = 100;

/** The picker dialog, open while mounted. */
export default function ManagedPolicyDialog({ onClose }: { onClose: () => void }) {
  const { library, error } = useManagedLibrary();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ManagedPolicySummary | null>(null);
  const matches = useMemo(() => (library ? library.search(deferredQuery) : []), [library, deferredQuery]);
  const shown = matches.slice(0, RESULT_LIMIT);
  const preview = usePolicyPreview(library, selected?.arn ?? null);
  const { attachManagedPolicy, setActiveTab } = usePlaygroundActions();

  const attach = (as: 'identity' | 'boundary', button: HTMLButtonElement) => {
    if (selected === null || preview.status !== 'ready') return;
    const id = attachManagedPolicy({ name: selected.name, arn: selected.arn, text: preview.text }, as);
    // Refused (past what a link can hold): the page's notice says why once the dialog closes.
    if (id !== null) setActiveTab(id);
    closeEnclosingDialog(button);
  };

  return (
    <ModalDialog
      title="AWS managed policies"
      onClose={onClose}
      className="managed-dialog"
      testId="managed-dialog"
    >
      <div className="managed-search">
        <label>
          <span>Search AWS managed policies</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Name or ARN, e.g. readonly or job-function"
            spellCheck={false}
            autoFocus
            data-testid="managed-search"
          />
        </label>
        <p role="status" className="managed-count" data-testid="managed-count">
          {error ??
            (library === null
              ? 'Loading the AWS managed policies…'
              : matchCountText(matches.length, shown.length, library.list().length, library.date))}
        </p>
      </div>
      <div className="managed-body">
        <ul className="managed-results" aria-label="Matching policies">
          {shown.map((policy) => (
            <li key={policy.arn}>
              <button
                type="button"
                className={`managed-result${selected?.arn === policy.arn ? ' is-selected' : ''}`}
                aria-pressed={selected?.arn === policy.arn}
                onClick={() => setSelected(policy)}
              >
                <span className="managed-name">{policy.name}</span>
                <span className="managed-arn">{policy.arn}</span>
                <span className="managed-date">Updated {policy.lastUpdated}</span>
              </button>
            </li>
          ))}
        </ul>
        <section className="managed-preview" aria-label="Selected policy">
          {selected === null ? (
            <p className="managed-hint">Select a policy to see its document.</p>
          ) : (
            <>
              <h3>{selected.name}</h3>
              <p className="managed-meta">
                {selected.arn} · path {selected.path} · version {selected.versionId} · updated{' '}
                {selected.lastUpdated}
              </p>
              <PreviewBody name={selected.name} preview={preview} />
              <div className="dialog-actions">
                <button
                  type="button"
                  className="small-button transfer-primary"
                  disabled={preview.status !== 'ready'}
                  onClick={(e) => attach('identity', e.currentTarget)}
                >
                  Attach as identity policy
                </button>
                <button
                  type="button"
                  className="small-button transfer-primary"
                  disabled={preview.status !== 'ready'}
                  onClick={(e) => attach('boundary', e.currentTarget)}
                >
                  Use as permissions boundary
                </button>
              </div>
            </>
          )}
        </section>
      </div>
    </ModalDialog>
  );
}

function matchCountText(matches: number, shown: number, total: number, date: string): string {
  const count = `${formatCount(matches)} of ${formatCount(total)} policies match`;
  const capped = shown < matches ? `; the first ${shown} are listed, type to narrow` : '';
  return `${count}${capped} (AWS data as of ${date}).`;
}

function PreviewBody({ name, preview }: { name: string; preview: ReturnType<typeof usePolicyPreview> }) {
  if (preview.status === 'loading') return <p className="managed-hint">Loading the document…</p>;
  if (preview.status === 'failed')
    return (
      <p role="alert" className="transfer-error">
        {preview.message}
      </p>
    );
  if (preview.status === 'none') return null;
  return (
    // Focusable so keyboard users can scroll a long document.
    <pre
      className="managed-document"
      tabIndex={0}
      aria-label={`Document of ${name}`}
      data-testid="managed-preview"
    >
      {preview.text}
    </pre>
  );
}
