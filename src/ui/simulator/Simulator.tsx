/**
 * The request simulator: action, resource and context keys in; the decision, AWS's
 * AccessDenied message and the per-statement trace out.
 */
import { useId, useMemo } from 'react';

import { describeLayer } from '../../engine';
import { resultsBadge } from '../../state/slices/results';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectSelectedRequest, selectSelectedResult } from '../../state/selectors';
import { CopyButton } from '../common/CopyButton';
import { TraceView } from '../explain/TraceView';
import { useTraceNavigation } from '../explain/useTraceNavigation';
import { useContextKeySuggestions } from './useContextKeySuggestions';

const MAX_SUGGESTIONS = 60;

/** The simulator panel. */
export function Simulator() {
  const request = usePlayground(selectSelectedRequest);
  const result = usePlayground(selectSelectedResult);
  const badge = usePlayground(resultsBadge);
  const stale = badge !== null;
  const catalog = usePlayground((s) => s.catalog);
  const requestProblems = usePlayground((s) =>
    s.scenarioDiagnostics.filter((d) => d.path?.startsWith('requests')).map((d) => d.message),
  );
  const { updateRequest, addContextRow, updateContextRow, removeContextRow } = usePlaygroundActions();
  const keySuggestions = useContextKeySuggestions(request.action);
  const reveal = useTraceNavigation(result);
  const ids = { actions: useId(), resources: useId(), keys: useId() };

  const actionOptions = useMemo(() => {
    if (!catalog) return [];
    const typed = request.action.trim().toLowerCase();
    const out: string[] = [];
    for (const a of catalog.actions) {
      if (a.fullName.toLowerCase().startsWith(typed)) out.push(a.fullName);
      if (out.length >= MAX_SUGGESTIONS) break;
    }
    return out;
  }, [catalog, request.action]);
  const templates = catalog?.arnTemplates(request.action) ?? [];

  return (
    <section className="simulator" aria-label="Request simulator" data-testid="simulator">
      <div className="sim-fields">
        <label>
          <span>Action</span>
          <input
            value={request.action}
            list={ids.actions}
            spellCheck={false}
            placeholder="s3:GetObject"
            onChange={(e) => updateRequest({ action: e.target.value })}
            data-testid="sim.action"
          />
        </label>
        <datalist id={ids.actions}>
          {actionOptions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <label>
          <span>Resource</span>
          <input
            value={request.resource}
            list={ids.resources}
            spellCheck={false}
            placeholder={templates[0] ?? '*'}
            onChange={(e) => updateRequest({ resource: e.target.value })}
            data-testid="sim.resource"
          />
        </label>
        <datalist id={ids.resources}>
          <option value="*" />
          {templates.map((t) => (
            <option key={t} value={t.replace('${Partition}', 'aws')} />
          ))}
        </datalist>
        <label>
          <span>Resource account</span>
          <input
            value={request.resourceAccount}
            spellCheck={false}
            placeholder="from the ARN, else the caller's"
            onChange={(e) => updateRequest({ resourceAccount: e.target.value })}
          />
        </label>
      </div>
      {templates.length > 0 && (
        <p className="muted sim-hint">
          Resource types: {templates.map((t) => t.replace('${Partition}', 'aws')).join(' · ')}
        </p>
      )}
      <fieldset className="context-rows">
        <legend>Context keys</legend>
        <datalist id={ids.keys}>
          {keySuggestions.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        {request.context.map((row) => (
          <div className="context-row" key={row.id}>
            <input
              aria-label="Context key"
              value={row.key}
              list={ids.keys}
              spellCheck={false}
              placeholder="aws:SourceIp"
              onChange={(e) => updateContextRow(row.id, { key: e.target.value })}
            />
            <input
              aria-label={`Values of ${row.key || 'the key'} (comma-separated)`}
              value={row.values.join(', ')}
              spellCheck={false}
              placeholder="value, or several separated by commas"
              onChange={(e) =>
                updateContextRow(row.id, {
                  values: e.target.value.split(',').map((v) => v.trim()),
                })
              }
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={row.multivalued}
                onChange={(e) => updateContextRow(row.id, { multivalued: e.target.checked })}
              />
              <span>multivalued</span>
            </label>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${row.key || 'context key'}`}
              onClick={() => removeContextRow(row.id)}
            >
              ×
            </button>
          </div>
        ))}
        <button type="button" className="small-button" onClick={() => addContextRow()}>
          + Context key
        </button>
      </fieldset>
      {requestProblems.length > 0 && (
        <p className="field-error" role="alert">
          {requestProblems[0]}
        </p>
      )}
      {result ? (
        <div className={`sim-result${stale ? ' is-stale' : ''}`} aria-live="polite" data-testid="sim.result">
          <p className={`decision decision-${result.decision}`} data-testid="sim.decision">
            {result.decision === 'Allowed'
              ? 'Allowed'
              : result.decision === 'ExplicitDeny'
                ? 'Explicitly denied'
                : 'Implicitly denied'}
            {result.deniedBy && <span className="muted"> · by the {describeLayer(result.deniedBy)}</span>}
            {badge !== null && <span className="stale-badge"> {badge}</span>}
          </p>
          {result.message && (
            <div className="message-box">
              <code data-testid="sim.message">{result.message}</code>
              <CopyButton text={result.message} label="Copy message" />
            </div>
          )}
          {result.deniedByAll.length > 1 && (
            <p className="muted">
              Also denied by: {result.deniedByAll.slice(1).map(describeLayer).join(', ')}
            </p>
          )}
          {result.missingContextKeys.length > 0 && (
            <div className="missing-keys">
              <span>The policies test keys this request does not give: </span>
              {result.missingContextKeys.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="chip"
                  onClick={() => addContextRow(k)}
                  title="Add it to the request"
                >
                  + {k}
                </button>
              ))}
            </div>
          )}
          <h3 className="sub-heading">Trace</h3>
          <TraceView result={result} onReveal={reveal} />
        </div>
      ) : (
        <p className="muted" role="status">
          Evaluating…
        </p>
      )}
    </section>
  );
}
