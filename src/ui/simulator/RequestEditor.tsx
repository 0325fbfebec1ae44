/**
 * The selected request's fields: action, resource (with the catalog's templates), resource
 * account, context keys, whether it goes through the VPC endpoint, and what it is expected to give.
 */
import { useId, useMemo } from 'react';

import { LAYERS, slotOfLayer, type Decision, type Layer, type RequestExpectation } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectSelectedRequest } from '../../state/selectors';
import { DECISION_LABEL } from './decisionLabels';
import { useContextKeySuggestions } from './useContextKeySuggestions';

const MAX_SUGGESTIONS = 60;

/** The editor of the selected request. */
export function RequestEditor() {
  const request = usePlayground(selectSelectedRequest);
  const catalog = usePlayground((s) => s.catalog);
  const requestProblems = usePlayground((s) =>
    s.scenarioDiagnostics.filter((d) => d.path?.startsWith('requests')).map((d) => d.message),
  );
  const { updateRequest, addContextRow, updateContextRow, removeContextRow } = usePlaygroundActions();
  const keySuggestions = useContextKeySuggestions(request.action);
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
    <>
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
      <div className="sim-options">
        <EndpointRouting />
        <ExpectationField expectation={request.expect} onChange={(expect) => updateRequest({ expect })} />
      </div>
    </>
  );
}

/** Whether the request goes through the VPC endpoint: shown when the scenario has an endpoint policy. */
function EndpointRouting() {
  const hasEndpoint = usePlayground((s) => s.vpcEndpointPolicy !== null);
  const via = usePlayground((s) => selectSelectedRequest(s).viaVpcEndpoint);
  const { updateRequest } = usePlaygroundActions();
  if (!hasEndpoint) return null;
  return (
    <label>
      <span>VPC endpoint</span>{' '}
      <select
        value={via === false ? 'no' : 'yes'}
        onChange={(e) => updateRequest({ viaVpcEndpoint: e.target.value === 'no' ? false : undefined })}
        data-testid="sim.endpoint"
      >
        <option value="yes">through the endpoint</option>
        <option value="no">not through it</option>
      </select>
    </label>
  );
}

const DECISIONS = Object.keys(DECISION_LABEL) as Decision[];

/** What the request should give: nothing (not a test), a decision, and optionally the denying layer. */
function ExpectationField({
  expectation,
  onChange,
}: {
  expectation: RequestExpectation | undefined;
  onChange: (expect: RequestExpectation | undefined) => void;
}) {
  return (
    <fieldset className="sim-expectation">
      <legend>Expected</legend>
      <select
        aria-label="Expected decision"
        value={expectation?.decision ?? ''}
        onChange={(e) =>
          onChange(e.target.value === '' ? undefined : { decision: e.target.value as Decision })
        }
        data-testid="sim.expect"
      >
        <option value="">nothing (not a test)</option>
        {DECISIONS.map((d) => (
          <option key={d} value={d}>
            {DECISION_LABEL[d]}
          </option>
        ))}
      </select>
      {expectation !== undefined && expectation.decision !== 'Allowed' && (
        <select
          aria-label="Expected denying layer"
          value={expectation.deniedBy ?? ''}
          onChange={(e) =>
            onChange({
              decision: expectation.decision,
              ...(e.target.value === '' ? {} : { deniedBy: e.target.value as Layer }),
            })
          }
          data-testid="sim.expect-layer"
        >
          <option value="">by any layer</option>
          {LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              by the {slotOfLayer(layer).layerName}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
