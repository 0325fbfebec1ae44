import type { StateCreator } from 'zustand';
import { shallow } from 'zustand/shallow';

import type { PlaygroundState } from '../store';

/** A problem shown in the problems list, from the editor's JSON schema validation. */
export interface EditorProblem {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** 1-based, as the editor shows it. */
  readonly line: number;
  readonly column: number;
  /** Who reported it: the JSON schema, or the IAM engine. */
  readonly source: 'JSON' | 'IAM';
}

/** Where the lazily loaded editor is. */
export type EditorStatus = 'loading' | 'ready' | 'failed';

/** State of the editors that the rest of the UI reads. */
export interface EditorSlice {
  /**
   * Whether Monaco should load now. It waits for the first results (or the person's first click
   * into a document), so on a cold load the CPU goes to the results first.
   * @default false
   */
  editorRequested: boolean;
  /**
   * Whether Monaco has loaded.
   * @default 'loading'
   */
  editorStatus: EditorStatus;
  /**
   * Problems per document id, as the editor reports them.
   * @default {}
   */
  editorProblems: Readonly<Record<string, readonly EditorProblem[]>>;
  /**
   * How many edits were keystrokes in an editor; bumped with the text each one changed
   * (`setPolicyText(…, { keystroke: true })`), so the effects can tell typing from other edits.
   * @default 0
   */
  keystrokes: number;
}

/** Actions of the editor slice. */
export interface EditorActions {
  requestEditor(): void;
  setEditorStatus(status: EditorStatus): void;
  setEditorProblems(documentId: string, problems: readonly EditorProblem[]): void;
}

/** Creates the editor slice. */
export function createEditorSlice(): StateCreator<
  PlaygroundState,
  [],
  [],
  EditorSlice & { actions: EditorActions }
> {
  return (set) => ({
    editorRequested: false,
    editorStatus: 'loading',
    editorProblems: {},
    keystrokes: 0,
    actions: {
      requestEditor: () => set({ editorRequested: true }),
      setEditorStatus: (editorStatus) => set({ editorStatus }),
      // The editor reports its markers after every keystroke, mostly the same ones again: an
      // unchanged list leaves the state alone, so nothing that shows problems renders again.
      setEditorProblems: (documentId, problems) =>
        set((state) => {
          const before = state.editorProblems[documentId];
          const same = before?.length === problems.length && problems.every((p, i) => shallow(p, before[i]));
          return same ? state : { editorProblems: { ...state.editorProblems, [documentId]: problems } };
        }),
    },
  });
}
