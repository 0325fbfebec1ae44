import type { StateCreator } from 'zustand';

import type { ResourcePolicyKind } from '../../engine';
import {
  ADMINISTRATOR_ACCESS_TEXT,
  DEFAULT_PRINCIPAL,
  EC2_BOUNDARY_TEXT,
  EMPTY_POLICY_TEXT,
} from '../defaultScenario';
import type { PlaygroundState } from '../store';

/** A policy document being edited: its text is kept exactly as typed. */
export interface EditablePolicy {
  /** Stable identifier, used for editor models, tabs and problem lists. */
  readonly id: string;
  readonly name: string;
  readonly text: string;
  /**
   * The AWS managed policy this document came from. While `text` is still that policy's
   * document (as the library renders it), links carry only the ARN.
   */
  readonly managedArn?: string;
}

/** The scenario's resource-based policy. */
export interface EditableResourcePolicy extends EditablePolicy {
  readonly kind: ResourcePolicyKind;
}

/** SCPs or RCPs at one level of the organization. */
export interface EditableOrgLevel {
  readonly id: string;
  /** Root, an OU, or the account. */
  readonly target: string;
  readonly policies: readonly EditablePolicy[];
}

/** The policies and principal the person is editing. */
export interface DocumentsSlice {
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
   * Identity-based policies attached to the principal.
   * @default [AdministratorAccess]
   */
  identityPolicies: readonly EditablePolicy[];
  /**
   * The permissions boundary's document, kept while the boundary is switched off.
   * @default ec2-boundary
   */
  permissionsBoundary: EditablePolicy | null;
  /**
   * Whether the boundary applies; switching it off keeps its text.
   * @default true
   */
  boundaryEnabled: boolean;
  /** @default null */
  sessionPolicy: EditablePolicy | null;
  /** @default null */
  resourcePolicy: EditableResourcePolicy | null;
  /**
   * SCP levels, from the root to the account; empty means not governed by SCPs.
   * @default []
   */
  scpLevels: readonly EditableOrgLevel[];
  /**
   * RCP levels, from the root to the account; empty means not governed by RCPs.
   * @default []
   */
  rcpLevels: readonly EditableOrgLevel[];
}

/** Policy types that can be added beside identity policies and the boundary. */
export type AddablePolicyType = 'boundary' | 'session' | 'resource' | 'scp' | 'rcp';

/** Actions of the documents slice. */
export interface DocumentsActions {
  /** Replaces the text of the document with this id, wherever it is. */
  setPolicyText(id: string, text: string): void;
  /** Renames the document with this id. */
  renamePolicy(id: string, name: string): void;
  /** Adds an empty identity policy and returns its id. */
  addIdentityPolicy(): string;
  /** Removes the document with this id (the last identity policy may be removed too). */
  removePolicy(id: string): void;
  setBoundaryEnabled(enabled: boolean): void;
  /** Adds a policy of the given type (for SCPs/RCPs: a new level) and returns its document id. */
  addPolicyType(type: AddablePolicyType): string;
  setResourcePolicyKind(kind: ResourcePolicyKind): void;
  setPrincipal(principal: string, sessionIssuer?: string): void;
  /** Replaces every document at once (examples, permalinks, imports). */
  replaceDocuments(documents: Partial<DocumentsSlice>): void;
  /**
   * Adds an AWS managed policy as an identity policy, or makes it the boundary (replacing the
   * current one). Returns the document id.
   */
  attachManagedPolicy(
    policy: { name: string; arn: string; text: string },
    as: 'identity' | 'boundary',
  ): string;
}

/** Initial values a store may be created with (tests, permalinks). */
export type DocumentsProps = Partial<DocumentsSlice>;

/** The default documents: the example the project was born from. */
export function defaultDocuments(): DocumentsSlice {
  return {
    principal: DEFAULT_PRINCIPAL,
    sessionIssuer: '',
    identityPolicies: [
      {
        id: 'identity-1',
        name: 'AdministratorAccess',
        text: ADMINISTRATOR_ACCESS_TEXT,
        managedArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      },
    ],
    permissionsBoundary: { id: 'boundary', name: 'ec2-boundary', text: EC2_BOUNDARY_TEXT },
    boundaryEnabled: true,
    sessionPolicy: null,
    resourcePolicy: null,
    scpLevels: [],
    rcpLevels: [],
  };
}

let nextId = 1;
/** A document id unique within this page. */
function newId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${Date.now().toString(36)}${nextId}`;
}

function mapPolicy<T extends EditablePolicy>(policy: T | null, id: string, change: (p: T) => T): T | null {
  return policy && policy.id === id ? change(policy) : policy;
}

function mapLevels(
  levels: readonly EditableOrgLevel[],
  id: string,
  change: (p: EditablePolicy) => EditablePolicy | null,
): readonly EditableOrgLevel[] {
  if (!levels.some((l) => l.policies.some((p) => p.id === id))) return levels;
  return levels
    .map((l) => ({
      ...l,
      policies: l.policies.flatMap((p) => {
        if (p.id !== id) return [p];
        const changed = change(p);
        return changed ? [changed] : [];
      }),
    }))
    .filter((l) => l.policies.length > 0);
}

/** Applies `change` to the document with this id wherever it lives; null removes it. */
function updateDocument(
  state: DocumentsSlice,
  id: string,
  change: (p: EditablePolicy) => EditablePolicy | null,
): Partial<DocumentsSlice> {
  return {
    identityPolicies: state.identityPolicies.flatMap((p) => {
      if (p.id !== id) return [p];
      const changed = change(p);
      return changed ? [changed] : [];
    }),
    permissionsBoundary: mapPolicy(state.permissionsBoundary, id, (p) => change(p) as EditablePolicy),
    sessionPolicy: mapPolicy(state.sessionPolicy, id, (p) => change(p) as EditablePolicy),
    resourcePolicy: mapPolicy(state.resourcePolicy, id, (p) => {
      const changed = change(p);
      return (changed ? { ...changed, kind: p.kind } : null) as EditableResourcePolicy;
    }),
    scpLevels: mapLevels(state.scpLevels, id, change),
    rcpLevels: mapLevels(state.rcpLevels, id, change),
  };
}

const LEVEL_NAMES = ['Root', 'OU', 'Account'];

/** Creates the documents slice. */
export function createDocumentsSlice(
  initial: DocumentsProps,
): StateCreator<PlaygroundState, [], [], DocumentsSlice & { actions: DocumentsActions }> {
  return (set, get) => ({
    ...defaultDocuments(),
    ...initial,
    actions: {
      setPolicyText: (id, text) => set((state) => updateDocument(state, id, (p) => ({ ...p, text }))),
      renamePolicy: (id, name) => set((state) => updateDocument(state, id, (p) => ({ ...p, name }))),
      addIdentityPolicy: () => {
        const id = newId('identity');
        set((state) => ({
          identityPolicies: [
            ...state.identityPolicies,
            { id, name: `policy-${state.identityPolicies.length + 1}`, text: EMPTY_POLICY_TEXT },
          ],
        }));
        return id;
      },
      removePolicy: (id) => set((state) => updateDocument(state, id, () => null)),
      setBoundaryEnabled: (boundaryEnabled) =>
        set((state) => ({
          boundaryEnabled,
          permissionsBoundary: state.permissionsBoundary ?? {
            id: 'boundary',
            name: 'boundary',
            text: EMPTY_POLICY_TEXT,
          },
        })),
      addPolicyType: (type) => {
        const state = get();
        if (type === 'boundary') {
          set({ boundaryEnabled: true });
          if (state.permissionsBoundary) return state.permissionsBoundary.id;
          set({ permissionsBoundary: { id: 'boundary', name: 'boundary', text: EMPTY_POLICY_TEXT } });
          return 'boundary';
        }
        if (type === 'session') {
          if (state.sessionPolicy) return state.sessionPolicy.id;
          set({ sessionPolicy: { id: 'session', name: 'session-policy', text: EMPTY_POLICY_TEXT } });
          return 'session';
        }
        if (type === 'resource') {
          if (state.resourcePolicy) return state.resourcePolicy.id;
          set({
            resourcePolicy: {
              id: 'resource',
              name: 'resource-policy',
              kind: 'resource',
              text: EMPTY_POLICY_TEXT,
            },
          });
          return 'resource';
        }
        const key = type === 'scp' ? 'scpLevels' : 'rcpLevels';
        const levels = state[key];
        const id = newId(type);
        const target = LEVEL_NAMES[Math.min(levels.length, LEVEL_NAMES.length - 1)] ?? 'Account';
        const name = type === 'scp' ? 'FullAWSAccess' : 'RCPFullAWSAccess';
        set({
          [key]: [
            ...levels,
            { id: newId(`${type}-level`), target, policies: [{ id, name, text: fullAccessText(type) }] },
          ],
        });
        return id;
      },
      setResourcePolicyKind: (kind) =>
        set((state) => ({ resourcePolicy: state.resourcePolicy ? { ...state.resourcePolicy, kind } : null })),
      setPrincipal: (principal, sessionIssuer) =>
        set((state) => ({ principal, sessionIssuer: sessionIssuer ?? state.sessionIssuer })),
      replaceDocuments: (documents) => set({ ...defaultDocuments(), ...documents }),
      attachManagedPolicy: (policy, as) => {
        const doc = { name: policy.name, text: policy.text, managedArn: policy.arn };
        if (as === 'boundary') {
          set({ permissionsBoundary: { id: 'boundary', ...doc }, boundaryEnabled: true });
          return 'boundary';
        }
        const id = newId('identity');
        set((state) => ({ identityPolicies: [...state.identityPolicies, { id, ...doc }] }));
        return id;
      },
    },
  });
}

/** The AWS-managed policy every new SCP/RCP level starts with, so adding a level changes nothing. */
function fullAccessText(type: 'scp' | 'rcp'): string {
  const statement =
    type === 'scp'
      ? { Effect: 'Allow', Action: '*', Resource: '*' }
      : { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
  return `${JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)}\n`;
}
