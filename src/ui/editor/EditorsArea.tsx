/** The two editor panes: identity policies, and the boundary with every other policy type. */
import { useState } from 'react';

import { POLICY_SLOTS, RESOURCE_POLICY_KINDS, type ResourcePolicyKind, type SlotField } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectIdentityTabs, selectOtherTabs } from '../../state/selectors';
import { PanelBoundary } from '../common/PanelBoundary';
import { SPLITS } from '../common/splits';
import { SplitView } from '../common/SplitView';
import { EditorPane } from './EditorPane';

/** What each slot of the right pane is for, in the "Add policy type" menu. */
const SLOT_HINTS: Readonly<Record<Exclude<SlotField, 'identityPolicies'>, string>> = {
  permissionsBoundary: 'A ceiling on what identity policies grant',
  sessionPolicy: 'Passed when the session was created',
  resourcePolicy: 'A bucket, key or trust policy',
  vpcEndpointPolicy: 'Limits what requests through a VPC endpoint may do',
  serviceControlPolicies: 'Service control policies: root, OU, account',
  resourceControlPolicies: 'Resource control policies: root, OU, account',
};

const RESOURCE_KIND_LABEL: Readonly<Record<ResourcePolicyKind, string>> = {
  resource: 'Resource-based policy (S3, SQS, …)',
  'kms-key': 'KMS key policy',
  'role-trust': 'Role trust policy',
};

/** Both editor panes. */
export function EditorsArea() {
  const identityTabs = usePlayground(selectIdentityTabs);
  const otherTabs = usePlayground(selectOtherTabs);
  const activeTab = usePlayground((s) => s.activeTab);
  const activeOther = usePlayground((s) => s.activeOtherTab);
  const { addPolicy, setActiveTab } = usePlaygroundActions();
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
                onClick={() => {
                  const id = addPolicy('identityPolicies');
                  if (id !== null) setActiveTab(id);
                }}
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
  // Ids and the kind, not the policies: their text changes with every keystroke.
  const boundaryId = usePlayground((s) => s.permissionsBoundary?.id);
  const enabled = usePlayground((s) => s.boundaryEnabled);
  const resourceId = usePlayground((s) => s.resourcePolicy?.id);
  const resourceKind = usePlayground((s) => s.resourcePolicy?.kind);
  const isOrgPolicy = usePlayground((s) =>
    [...s.serviceControlPolicies, ...s.resourceControlPolicies].some((level) =>
      level.policies.some((p) => p.id === documentId),
    ),
  );
  const { setBoundaryEnabled, setResourcePolicyKind } = usePlaygroundActions();
  if (boundaryId === documentId) {
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
  if (resourceId === documentId) {
    return (
      <label>
        <span>Kind</span>{' '}
        <select
          value={resourceKind}
          onChange={(e) => setResourcePolicyKind(e.target.value as ResourcePolicyKind)}
        >
          {RESOURCE_POLICY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {RESOURCE_KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </label>
    );
  }
  if (isOrgPolicy || documentId.startsWith('rcp-full-access-')) return <ManagementAccountField />;
  return null;
}

/** The organization's management account, which SCPs and RCPs never affect. */
function ManagementAccountField() {
  const account = usePlayground((s) => s.managementAccount);
  const { setManagementAccount } = usePlaygroundActions();
  return (
    <label className="management-account" title="SCPs do not affect its principals, RCPs not its resources">
      <span>Management account</span>{' '}
      <input
        value={account}
        inputMode="numeric"
        spellCheck={false}
        placeholder="none"
        size={14}
        onChange={(e) => setManagementAccount(e.target.value)}
        data-testid="org.management-account"
      />
    </label>
  );
}

function AddPolicyTypeMenu() {
  const [open, setOpen] = useState(false);
  const { addPolicy, setActiveTab } = usePlaygroundActions();
  // A single-policy slot that already holds one is not offered again; lists and levels always are.
  const taken = usePlayground((s) =>
    POLICY_SLOTS.filter((slot) => slot.shape === 'single' && s[slot.field] !== null).map(
      (slot) => slot.field,
    ),
  );
  const offered = POLICY_SLOTS.filter((slot) => slot.pane === 'other' && !taken.includes(slot.field));
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
          {offered.map((slot) => (
            <li key={slot.field} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  const id = addPolicy(slot.field);
                  if (id !== null) setActiveTab(id);
                  setOpen(false);
                }}
                data-testid={`add.${slot.field}`}
              >
                <strong>{slot.shape === 'levels' ? `${slot.tabLabel} level` : slot.label}</strong>
                <span className="muted">{SLOT_HINTS[slot.field as keyof typeof SLOT_HINTS]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
