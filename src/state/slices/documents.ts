import type { StateCreator } from 'zustand';

import {
  listPolicies,
  NO_POLICIES,
  policyText,
  slotOf,
  updatePolicySlots,
  type PolicySlots,
  type ResourcePolicyKind,
  type SlotField,
} from '../../engine';
import { ADMINISTRATOR_ACCESS_TEXT, DEFAULT_PRINCIPAL, EC2_BOUNDARY_TEXT } from '../defaultScenario';
import { createLinkGate } from '../linkGate';
import type { PlaygroundState } from '../store';

/** A policy document being edited: its text is kept exactly as typed. */
export interface EditablePolicy {
  /** Stable identifier, used for editor models, tabs and problem lists. */
  readonly id: string;
  readonly name: string;
  readonly text: string;
  /**
   * The AWS managed policy this document is, attached by ARN: its text is AWS's document, so
   * links carry only the ARN and no customer size quota applies. Editing the text makes it the
   * person's own policy, and the ARN is dropped (AWS managed policies cannot be edited).
   */
  readonly managedArn?: string;
}

/** The scenario's resource-based policy. */
export type EditableResourcePolicy = EditablePolicy & { readonly kind: ResourcePolicyKind };

/**
 * The policies and principal the person is editing: one field per policy slot (see
 * `src/engine/scenario/slots.ts`), plus the caller and the organization.
 */
export interface DocumentsSlice extends PolicySlots<EditablePolicy> {
  /**
   * The caller's ARN.
   * @default the `demo-restricted-admin` session of the example scenario
   */
  principal: string;
  /**
   * The role ARN (with path) of a role session, or the IAM user of a federated session.
   * @default ''
   */
  sessionIssuer: string;
  /**
   * The organization's management account, which SCPs and RCPs do not affect; '' for none.
   * @default ''
   */
  managementAccount: string;
  /**
   * Whether the boundary applies; switching it off keeps its text.
   * @default true
   */
  boundaryEnabled: boolean;
}

/**
 * Actions of the documents slice. Each change goes through the link gate (`../linkGate.ts`): one
 * that would take the work past what a link can hold is not made, and the `limit` banner says why.
 */
export interface DocumentsActions {
  /**
   * Replaces the text of the document with this id, wherever it is. False when the gate refused
   * it (the editor then shows the stored text again). `keystroke` says the change is one key
   * typed in an editor: the evaluation then waits for the keys to pause (see `state/effects.ts`).
   */
  setPolicyText(id: string, text: string, options?: { readonly keystroke?: boolean }): boolean;
  /** Renames the document with this id. */
  renamePolicy(id: string, name: string): void;
  /**
   * Adds a policy to a slot from the slot's template, and returns its id: a new identity
   * policy, a new SCP/RCP level, or the slot's one policy (the existing one when there is one).
   * Null when the gate refused it (e.g. past 100 identity policies).
   */
  addPolicy(field: SlotField): string | null;
  /** Removes the document with this id (the last identity policy may be removed too). */
  removePolicy(id: string): void;
  setBoundaryEnabled(enabled: boolean): void;
  setResourcePolicyKind(kind: ResourcePolicyKind): void;
  setPrincipal(principal: string, sessionIssuer?: string): void;
  setManagementAccount(account: string): void;
  /**
   * Replaces every document at once (examples, permalinks, imports). Returns null when done, else
   * why the gate refused (the documents are then unchanged).
   */
  replaceDocuments(documents: Partial<DocumentsSlice>): string | null;
  /**
   * Adds an AWS managed policy as an identity policy, or makes it the boundary (replacing the
   * current one). Returns the document id, or null when the gate refused it.
   */
  attachManagedPolicy(
    policy: { name: string; arn: string; text: string },
    as: 'identity' | 'boundary',
  ): string | null;
}

/** Initial values a store may be created with (tests, permalinks). */
export type DocumentsProps = Partial<DocumentsSlice>;

/** The id a document in a single-policy slot has: the slot's layer (`boundary`, `session`…). */
export function singleSlotId(field: SlotField): string {
  return slotOf(field).layer;
}

/** The default documents: the example the project was born from. */
export function defaultDocuments(): DocumentsSlice {
  return {
    ...NO_POLICIES,
    principal: DEFAULT_PRINCIPAL,
    sessionIssuer: '',
    managementAccount: '',
    identityPolicies: [
      {
        id: 'identity-1',
        name: 'AdministratorAccess',
        text: ADMINISTRATOR_ACCESS_TEXT,
        managedArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      },
    ],
    permissionsBoundary: {
      id: singleSlotId('permissionsBoundary'),
      name: 'ec2-boundary',
      text: EC2_BOUNDARY_TEXT,
    },
    boundaryEnabled: true,
  };
}

let nextId = 1;
/** A document id unique within this page. */
function newId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${Date.now().toString(36)}${nextId}`;
}

/** The text a new policy of a slot starts with, for the caller's account. */
function templateText(field: SlotField, principal: string): string {
  const account = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(principal)?.[1] ?? '123456789012';
  return policyText(slotOf(field).template(account));
}

/** Applies `change` to the document with this id wherever it lives; null removes it. */
function updateDocument(
  state: DocumentsSlice,
  id: string,
  change: (p: EditablePolicy) => EditablePolicy | null,
): PolicySlots<EditablePolicy> {
  return updatePolicySlots(state, (policy) => (policy.id === id ? change(policy) : policy));
}

const LEVEL_NAMES = ['Root', 'OU', 'Account'];

/** Creates the documents slice. */
export function createDocumentsSlice(
  initial: DocumentsProps,
): StateCreator<PlaygroundState, [], [], DocumentsSlice & { actions: DocumentsActions }> {
  return (set, get) => {
    const commit = createLinkGate(set, get);
    /** Commits `change` and gives back `id`, or null when the gate refused it. */
    const adding = (id: string, change: Partial<DocumentsSlice>) => (commit(change) === null ? id : null);
    return {
      ...defaultDocuments(),
      ...initial,
      actions: {
        setPolicyText: (id, text, options) =>
          commit((state) => {
            const change = updateDocument(state, id, (p) => {
              if (p.text === text) return p;
              const { managedArn: _edited, ...own } = p;
              return { ...own, text };
            });
            return options?.keystroke === true ? { ...change, keystrokes: state.keystrokes + 1 } : change;
          }) === null,
        renamePolicy: (id, name) => {
          commit((state) => updateDocument(state, id, (p) => ({ ...p, name })));
        },
        addPolicy: (field) => {
          const state = get();
          const slot = slotOf(field);
          const text = templateText(field, state.principal);
          if (slot.shape === 'single') {
            const enable = field === 'permissionsBoundary' ? { boundaryEnabled: true } : {};
            const existing = state[field] as EditablePolicy | null;
            if (existing !== null) return adding(existing.id, enable);
            const id = singleSlotId(field);
            const policy = { id, name: slot.defaultName, text };
            return adding(id, {
              ...enable,
              [field]: slot.hasKind ? { ...policy, kind: 'resource' } : policy,
            });
          }
          const id = newId(slot.layer);
          if (slot.shape === 'list') {
            const list = state[field as 'identityPolicies'];
            return adding(id, {
              [field]: [...list, { id, name: `${slot.defaultName}-${list.length + 1}`, text }],
            });
          }
          const levels = state[field as 'serviceControlPolicies'];
          const target = LEVEL_NAMES[Math.min(levels.length, LEVEL_NAMES.length - 1)] ?? 'Account';
          return adding(id, {
            [field]: [...levels, { target, policies: [{ id, name: slot.defaultName, text }] }],
          });
        },
        removePolicy: (id) => {
          commit((state) => updateDocument(state, id, () => null));
        },
        setBoundaryEnabled: (boundaryEnabled) => {
          commit((state) => ({
            boundaryEnabled,
            permissionsBoundary: state.permissionsBoundary ?? {
              id: singleSlotId('permissionsBoundary'),
              name: slotOf('permissionsBoundary').defaultName,
              text: templateText('permissionsBoundary', state.principal),
            },
          }));
        },
        setResourcePolicyKind: (kind) => {
          commit((state) => ({
            resourcePolicy: state.resourcePolicy ? { ...state.resourcePolicy, kind } : null,
          }));
        },
        setPrincipal: (principal, sessionIssuer) => {
          commit((state) => ({ principal, sessionIssuer: sessionIssuer ?? state.sessionIssuer }));
        },
        setManagementAccount: (managementAccount) => {
          commit({ managementAccount });
        },
        replaceDocuments: (documents) => commit({ ...defaultDocuments(), ...documents }),
        attachManagedPolicy: (policy, as) => {
          const doc = { name: policy.name, text: policy.text, managedArn: policy.arn };
          if (as === 'boundary') {
            const id = singleSlotId('permissionsBoundary');
            return adding(id, { permissionsBoundary: { id, ...doc }, boundaryEnabled: true });
          }
          const id = newId('identity');
          return adding(id, { identityPolicies: [...get().identityPolicies, { id, ...doc }] });
        },
      },
    };
  };
}

/** Every document being edited, in tab order. */
export function documentsOf(state: PolicySlots<EditablePolicy>): EditablePolicy[] {
  return listPolicies(state).map(({ policy }) => policy);
}
