import type { StateCreator } from 'zustand';

import { ADMINISTRATOR_ACCESS_TEXT, DEFAULT_PRINCIPAL, EC2_BOUNDARY_TEXT } from '../defaultScenario';
import type { PlaygroundState } from '../store';

/** A policy document being edited: its text is kept exactly as typed. */
export interface EditablePolicy {
  /** Stable identifier, used for editor models and problem lists. */
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

/** The policies and principal the person is editing. */
export interface DocumentsSlice {
  /**
   * The caller's ARN.
   * @default the `demo-restricted-admin` session of the example scenario
   */
  principal: string;
  /**
   * Identity-based policies attached to the principal.
   * @default AdministratorAccess
   */
  identityPolicies: readonly EditablePolicy[];
  /**
   * The permissions boundary, or null when the principal has none.
   * @default ec2-boundary
   */
  permissionsBoundary: EditablePolicy | null;
}

/** Actions of the documents slice. */
export interface DocumentsActions {
  /** Replaces the text of the policy with this id (identity policy or boundary). */
  setPolicyText(id: string, text: string): void;
}

/** Initial values a store may be created with (tests, permalinks). */
export type DocumentsProps = Partial<DocumentsSlice>;

/** The default documents: the example the project was born from. */
export function defaultDocuments(): DocumentsSlice {
  return {
    principal: DEFAULT_PRINCIPAL,
    identityPolicies: [{ id: 'identity-1', name: 'AdministratorAccess', text: ADMINISTRATOR_ACCESS_TEXT }],
    permissionsBoundary: { id: 'boundary', name: 'ec2-boundary', text: EC2_BOUNDARY_TEXT },
  };
}

/** Creates the documents slice. */
export function createDocumentsSlice(
  initial: DocumentsProps,
): StateCreator<PlaygroundState, [], [], DocumentsSlice & { actions: DocumentsActions }> {
  return (set) => ({
    ...defaultDocuments(),
    ...initial,
    actions: {
      setPolicyText: (id, text) =>
        set((state) => ({
          identityPolicies: state.identityPolicies.map((p) => (p.id === id ? { ...p, text } : p)),
          permissionsBoundary:
            state.permissionsBoundary?.id === id
              ? { ...state.permissionsBoundary, text }
              : state.permissionsBoundary,
        })),
    },
  });
}
