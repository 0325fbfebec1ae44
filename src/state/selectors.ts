/** Named selectors over the playground state; components read through these. */
import type { EditablePolicy } from './slices/documents';
import type { PlaygroundState } from './store';

/** Every document being edited, identity policies first, then the boundary. */
export function selectDocuments(state: PlaygroundState): readonly EditablePolicy[] {
  return state.permissionsBoundary
    ? [...state.identityPolicies, state.permissionsBoundary]
    : state.identityPolicies;
}

/** The text of one document, or undefined when no document has that id. */
export function selectDocumentText(state: PlaygroundState, id: string): string | undefined {
  return selectDocuments(state).find((p) => p.id === id)?.text;
}
