/**
 * The Export dialog: the scenario as the engine's JSON file, as AWS CLI commands that would
 * create it, and the simulator's current request as `aws iam simulate-custom-policy`.
 */
import { useId, useMemo, useState } from 'react';

import { requestToSimulateCommand, scenarioToCliCommands, scenarioToJson } from '../../export';
import { draftOf, managedArnsOf } from '../../sharing';
import { usePlayground } from '../../state/hooks';
import { selectScenarioState } from '../../state/selectors';
import { CopyButton } from '../common/CopyButton';
import { ModalDialog } from './ModalDialog';
import { useManagedDocuments } from './useManagedDocuments';

const TABS = [
  { id: 'json', label: 'Scenario JSON' },
  { id: 'cli', label: 'AWS CLI commands' },
  { id: 'simulate', label: 'Simulate request' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The file name of the scenario download. */
export const SCENARIO_FILE_NAME = 'scenario.json';

/** The texts of the three exports, computed from the store and the loaded managed documents. */
function useExports() {
  const state = usePlayground(selectScenarioState);
  const selectedId = usePlayground((s) => s.selectedRequestId);
  const arns = useMemo(() => managedArnsOf(state), [state]);
  const managed = useManagedDocuments(arns);
  return useMemo(() => {
    if (!managed.ready) return null;
    const draft = draftOf(state, (arn) => managed.documents.get(arn)?.text);
    const selected = Math.max(
      0,
      state.requests.findIndex((r) => r.id === selectedId),
    );
    const request = draft.requests[selected] ?? { action: '', resource: '*', context: {} };
    const lookup = (arn: string) => managed.documents.get(arn)?.document;
    return {
      json: scenarioToJson(draft, lookup),
      cli: scenarioToCliCommands(draft, { managedDocument: lookup }),
      simulate: requestToSimulateCommand(draft, request, { managedDocument: lookup }),
      request,
    };
  }, [state, selectedId, managed]);
}

/** The export dialog, open while mounted. */
export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const [tab, setTab] = useState<TabId>('json');
  const exports = useExports();
  const baseId = useId();
  const tabId = (id: TabId) => `${baseId}-tab-${id}`;
  const panelId = `${baseId}-panel`;
  return (
    <ModalDialog title="Export" onClose={onClose} testId="export-dialog">
      <div className="transfer-tabs" role="tablist" aria-label="Export formats">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={tabId(t.id)}
            className="transfer-tab"
            aria-selected={tab === t.id}
            aria-controls={panelId}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = TABS[(index + step + TABS.length) % TABS.length];
              if (!next) return;
              setTab(next.id);
              document.getElementById(tabId(next.id))?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(tab)} data-testid={`export-panel.${tab}`}>
        {exports === null ? (
          <p className="managed-hint">Loading the AWS managed policy documents…</p>
        ) : tab === 'json' ? (
          exports.json.ok ? (
            <ScenarioJson text={exports.json.text} />
          ) : (
            <p role="alert" className="transfer-error">
              {exports.json.message}
            </p>
          )
        ) : tab === 'cli' ? (
          <CodeBlock
            label="AWS CLI commands"
            text={exports.cli}
            hint="A POSIX shell script that creates the principal and its policies in an account."
          />
        ) : (
          <CodeBlock
            label="Simulate request command"
            text={exports.simulate}
            hint={`The simulator's current request: ${exports.request.action} on ${exports.request.resource}.`}
          />
        )}
      </div>
    </ModalDialog>
  );
}

function CodeBlock({ label, text, hint }: { label: string; text: string; hint: string }) {
  return (
    <>
      <p className="managed-hint">{hint}</p>
      <pre className="transfer-code" tabIndex={0} aria-label={label} data-testid="export-text">
        {text}
      </pre>
      <div className="dialog-actions">
        <CopyButton text={text} />
      </div>
    </>
  );
}

/** Saves `text` as a file through a Blob URL: nothing leaves the page. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: a slow disk or a save prompt may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The scenario file, with its download and copy buttons. */
function ScenarioJson({ text }: { text: string }) {
  return (
    <>
      <p className="managed-hint">
        The engine's scenario format with every document inlined:{' '}
        <code>npx iam-playground eval scenario.json</code> reads it.
      </p>
      <pre className="transfer-code" tabIndex={0} aria-label="Scenario JSON" data-testid="export-text">
        {text}
      </pre>
      <div className="dialog-actions">
        <button
          type="button"
          className="small-button transfer-primary"
          onClick={() => download(text, SCENARIO_FILE_NAME)}
        >
          Download {SCENARIO_FILE_NAME}
        </button>
        <CopyButton text={text} />
      </div>
    </>
  );
}
