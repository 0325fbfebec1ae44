/** The two editor panes: identity policies, and the boundary with every other policy type. */
import { useState } from 'react';

import type { ResourcePolicyKind } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectIdentityTabs, selectOtherTabs } from '../../state/selectors';
import type { AddablePolicyType } from '../../state/slices/documents';
import { PanelBoundary } from '../common/PanelBoundary';
import { SPLITS } from '../common/splits';
import { SplitView } from '../common/SplitView';
import { EditorPane } from './EditorPane';

const ADDABLE: { type: AddablePolicyType; label: string; hint: string }[] = [
  { type: 'boundary', label: 'Permissions boundary', hint: 'A ceiling on what identity policies grant' },
  { type: 'session', label: 'Session policy', hint: 'Passed when the session was created' },
  { type: 'resource', label: 'Resource-based policy', hint: 'A bucket, key or trust policy' },
  { type: 'scp', label: 'SCP level', hint: 'Service control policies: root, OU, account' },
  { type: 'rcp', label: 'RCP level', hint: 'Resource control policies: root, OU, account' },
];

/** Both editor panes. */
export function EditorsArea() {
  const identityTabs = usePlayground(selectIdentityTabs);
  const otherTabs = usePlayground(selectOtherTabs);
  const activeTab = usePlayground((s) => s.activeTab);
  const activeOther = usePlayground((s) => s.activeOtherTab);
  const { addIdentityPolicy, setActiveTab } = usePlaygroundActions();
  const openOther = otherTabs.find((t) => t.id === activeOther) ?? otherTabs[0];

  return (
    <SplitView
      className="editors"
      {...SPLITS.editors}
      first={
        <PanelBoundary name="identity-pane" label="The identity policies">
          <EditorPane
            testId="pane.identity"
            tabs={identityTabs}
            activeId={activeTab}
            emptyTitle="Identity policy"
            empty={<p>No identity policy: nothing is granted. Add one to start.</p>}
            tools={
              <button
                type="button"
                className="small-button"
                onClick={() => setActiveTab(addIdentityPolicy())}
              >
                + Identity policy
              </button>
            }
          />
        </PanelBoundary>
      }
      second={
        <PanelBoundary name="other-pane" label="The boundary and other policies">
          <EditorPane
            testId="pane.other"
            tabs={otherTabs}
            activeId={openOther?.id ?? ''}
            emptyTitle="Permissions boundary"
            empty={
              <p>
                No permissions boundary: the identity policies alone decide. Add one with “Add policy type”.
              </p>
            }
            tools={<AddPolicyTypeMenu />}
            documentTools={openOther ? <DocumentTools documentId={openOther.id} /> : null}
          />
        </PanelBoundary>
      }
    />
  );
}

function DocumentTools({ documentId }: { documentId: string }) {
  const boundary = usePlayground((s) => s.permissionsBoundary);
  const enabled = usePlayground((s) => s.boundaryEnabled);
  const resource = usePlayground((s) => s.resourcePolicy);
  const { setBoundaryEnabled, setResourcePolicyKind } = usePlaygroundActions();
  if (boundary?.id === documentId) {
    return (
      <>
        <label className="switch">
          <input type="checkbox" checked={enabled} onChange={(e) => setBoundaryEnabled(e.target.checked)} />
          <span>Boundary {enabled ? 'on' : 'off'}</span>
        </label>
        {!enabled && <span className="muted">Switched off: kept here, but not evaluated.</span>}
      </>
    );
  }
  if (resource?.id === documentId) {
    return (
      <>
        <label>
          <span>Kind</span>{' '}
          <select
            value={resource.kind}
            onChange={(e) => setResourcePolicyKind(e.target.value as ResourcePolicyKind)}
          >
            <option value="resource">Resource-based policy (S3, SQS, …)</option>
            <option value="kms-key">KMS key policy</option>
            <option value="role-trust">Role trust policy</option>
          </select>
        </label>
      </>
    );
  }
  return null;
}

function AddPolicyTypeMenu() {
  const [open, setOpen] = useState(false);
  const { addPolicyType, setActiveTab } = usePlaygroundActions();
  const hasBoundary = usePlayground((s) => s.permissionsBoundary !== null);
  const hasSession = usePlayground((s) => s.sessionPolicy !== null);
  const hasResource = usePlayground((s) => s.resourcePolicy !== null);
  const present: Record<AddablePolicyType, boolean> = {
    boundary: hasBoundary,
    session: hasSession,
    resource: hasResource,
    scp: false,
    rcp: false,
  };
  return (
    <div className="menu">
      <button
        type="button"
        className="small-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Add policy type ▾
      </button>
      {open && (
        <ul className="menu-list" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {ADDABLE.filter((a) => !present[a.type]).map((a) => (
            <li key={a.type} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setActiveTab(addPolicyType(a.type));
                  setOpen(false);
                }}
              >
                <strong>{a.label}</strong>
                <span className="muted">{a.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
