/**
 * The Import dialog: paste AWS CLI JSON output, see what it is, pick a user or role of account
 * authorization details, and open it as the scenario (or add a single policy).
 */
import { useDeferredValue, useMemo, useState } from 'react';

import { importAwsJson, scenarioFromAuthorizationDetails } from '../../import';
import type { ImportedPolicy, ImportedScenario, ImportResult } from '../../import/types';
import { loadBundledManagedPolicies } from '../../managed-policies/bundled';
import { usePlaygroundActions } from '../../state/hooks';
import { refusalMessage } from '../../state/linkGate';
import { useSharing } from '../sharing/SharingContext';
import { describeImport } from './describeImport';
import { importedDocuments } from './importedDocuments';
import { closeEnclosingDialog, ModalDialog } from './ModalDialog';

/** The texts of the AWS managed policies `scenario` references; unknown ones are absent. */
async function managedTexts(scenario: ImportedScenario): Promise<Map<string, string>> {
  const sources = [...scenario.identityPolicies, scenario.permissionsBoundary, scenario.resourcePolicy];
  const arns = sources.flatMap((source) =>
    source !== null && 'managedArn' in source ? [source.managedArn] : [],
  );
  const texts = new Map<string, string>();
  if (arns.length === 0) return texts;
  try {
    const library = await loadBundledManagedPolicies();
    await Promise.all(
      arns.map(async (arn) => {
        const result = await library.document(arn);
        if (result.ok) texts.set(arn, result.value.text);
      }),
    );
  } catch {
    // Without the library every reference is reported as left out, which the dialog says.
  }
  return texts;
}

/** The import dialog, open while mounted. */
export default function ImportDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const result = useMemo(
    (): ImportResult | null => (deferredText.trim() === '' ? null : importAwsJson(deferredText)),
    [deferredText],
  );
  const detected = result === null ? null : describeImport(result);
  return (
    <ModalDialog title="Import from AWS" onClose={onClose} testId="import-dialog">
      <p className="managed-hint">
        Paste the JSON output of <code>aws iam get-account-authorization-details</code>,{' '}
        <code>aws iam get-role</code>, <code>aws iam get-policy-version</code>, or a policy document. It is
        read in your browser only.
      </p>
      <label>
        <span>AWS CLI JSON output</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          autoFocus
          data-testid="import-text"
        />
      </label>
      <div role="status" data-testid="import-status">
        {detected !== null && <p className="transfer-status">{detected}</p>}
      </div>
      {result !== null && !result.ok && (
        <p role="alert" className="transfer-error" data-testid="import-error">
          {result.error.message}
        </p>
      )}
      {result?.ok && <Notes notes={result.notes} />}
      {result?.ok && result.kind === 'authorization-details' && <PrincipalPicker result={result} />}
      {result?.ok && result.kind === 'role' && <ScenarioPreview scenario={result.scenario} />}
      {result?.ok && 'policy' in result && <PolicyActions policy={result.policy} />}
    </ModalDialog>
  );
}

type AuthorizationDetailsResult = Extract<ImportResult, { kind: 'authorization-details' }>;

function PrincipalPicker({ result }: { result: AuthorizationDetailsResult }) {
  const [picked, setPicked] = useState<string | null>(null);
  const { principals, details } = result;
  // A new paste may not hold the earlier pick: fall back to the first principal.
  const arn = principals.find((p) => p.arn === picked)?.arn ?? principals[0]?.arn ?? null;
  const built = useMemo(
    () => (arn === null ? null : scenarioFromAuthorizationDetails(details, arn)),
    [details, arn],
  );
  if (arn === null) return null;
  return (
    <>
      <label>
        <span>User or role</span>
        <select value={arn} onChange={(e) => setPicked(e.target.value)} data-testid="import-principal">
          {principals.map((p) => (
            <option key={p.arn} value={p.arn}>
              {`${p.kind} ${p.name} (${p.path}) · ${p.policyCount} ${p.policyCount === 1 ? 'policy' : 'policies'}${p.hasBoundary ? ' · boundary' : ''}`}
            </option>
          ))}
        </select>
      </label>
      {built !== null &&
        (built.ok ? (
          <ScenarioPreview scenario={built.scenario} />
        ) : (
          <p role="alert" className="transfer-error">
            {built.message}
          </p>
        ))}
    </>
  );
}

function Notes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="transfer-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

const sourceLabel = (source: { name: string; managedArn?: string }) =>
  source.managedArn === undefined ? source.name : `${source.name} (AWS managed)`;

/**
 * What the scenario will hold, and the button that opens it. Opening replaces the work, which is
 * kept in Recent work first (as when a link or an example replaces it).
 */
function ScenarioPreview({ scenario }: { scenario: ImportedScenario }) {
  const { replaceDocuments, setActiveTab } = usePlaygroundActions();
  const sharing = useSharing();
  const [state, setState] = useState<{ scenario: ImportedScenario; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const leftOut = state?.scenario === scenario ? state.message : null;

  const open = async (button: HTMLButtonElement) => {
    setBusy(true);
    const texts = await managedTexts(scenario);
    const built = importedDocuments(scenario, (arn) => texts.get(arn));
    let refused: string | null = null;
    const replace = (): boolean => {
      refused = replaceDocuments(built.documents);
      if (refused !== null) return false;
      if (built.identityTab !== null) setActiveTab(built.identityTab);
      if (built.otherTab !== null) setActiveTab(built.otherTab);
      return true;
    };
    const opened = sharing ? sharing.replaceWork('import', replace) : replace();
    setBusy(false);
    if (!opened) {
      setState({ scenario, message: refusalMessage(refused ?? 'it was refused') });
      return;
    }
    if (built.missing.length === 0) {
      closeEnclosingDialog(button);
      return;
    }
    setState({
      scenario,
      message:
        `The scenario is open, but these AWS managed policies are not in the playground's library and were ` +
        `left out: ${built.missing.join(', ')}. Paste their documents as policies by hand.`,
    });
  };

  return (
    <section aria-label="What will be opened" data-testid="import-preview">
      <dl className="transfer-summary">
        <dt>Principal</dt>
        <dd>{scenario.principal}</dd>
        <dt>Identity policies</dt>
        <dd>
          {scenario.identityPolicies.length === 0
            ? 'none'
            : scenario.identityPolicies.map((p) => sourceLabel(p)).join(', ')}
        </dd>
        <dt>Permissions boundary</dt>
        <dd>{scenario.permissionsBoundary === null ? 'none' : sourceLabel(scenario.permissionsBoundary)}</dd>
        {scenario.resourcePolicy !== null && (
          <>
            <dt>Resource policy</dt>
            <dd>{scenario.resourcePolicy.name}</dd>
          </>
        )}
      </dl>
      <Notes notes={scenario.notes} />
      <p className="managed-hint">Opening replaces the documents and principal you are editing.</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="small-button transfer-primary"
          disabled={busy}
          onClick={(e) => void open(e.currentTarget)}
        >
          Open as scenario
        </button>
      </div>
      {leftOut !== null && (
        <p role="alert" className="transfer-error">
          {leftOut}
        </p>
      )}
    </section>
  );
}

/** A single policy: add it beside the current documents. */
function PolicyActions({ policy }: { policy: ImportedPolicy }) {
  const { addPolicy, setPolicyText, renamePolicy, removePolicy, setActiveTab } = usePlaygroundActions();
  const add = (as: 'identity' | 'boundary', button: HTMLButtonElement) => {
    const id = addPolicy(as === 'identity' ? 'identityPolicies' : 'permissionsBoundary');
    // A refusal (past what a link can hold) leaves the work as it was; the page's notice says why.
    if (id !== null && setPolicyText(id, policy.text)) {
      renamePolicy(id, policy.name);
      setActiveTab(id);
    } else if (id !== null && as === 'identity') removePolicy(id);
    closeEnclosingDialog(button);
  };
  return (
    <div className="dialog-actions">
      <button
        type="button"
        className="small-button transfer-primary"
        onClick={(e) => add('identity', e.currentTarget)}
      >
        Add as identity policy
      </button>
      <button
        type="button"
        className="small-button transfer-primary"
        onClick={(e) => add('boundary', e.currentTarget)}
      >
        Use as permissions boundary
      </button>
    </div>
  );
}
