/**
 * A tiny bridge from components outside the lazily loaded editor (problems list, explanation
 * panel) to the Monaco side, so they can ask for "reveal this position" or "highlight these
 * statements" without importing Monaco. Requests made before Monaco loads are kept and replayed.
 */
import type { SourceRange } from '../../engine';

/** A statement to highlight in a document. */
export interface Highlight {
  readonly documentId: string;
  readonly range: SourceRange;
  readonly tone: 'match' | 'miss';
  /** Hover text: why it matched or not. */
  readonly note: string;
}

/** What the Monaco side implements. */
export interface EditorHost {
  reveal(documentId: string, line: number, column: number): void;
  highlight(highlights: readonly Highlight[]): void;
}

let host: EditorHost | null = null;
let pendingHighlights: readonly Highlight[] = [];

/** Called by the Monaco side once it is ready (and with null when it goes away). */
export function setEditorHost(next: EditorHost | null): void {
  host = next;
  host?.highlight(pendingHighlights);
}

/** Moves the cursor to a position in a document's editor, opening its tab first. */
export function revealInEditor(documentId: string, line: number, column: number): void {
  host?.reveal(documentId, line, column);
}

/** Replaces the statement highlights in every editor. */
export function highlightStatements(highlights: readonly Highlight[]): void {
  pendingHighlights = highlights;
  host?.highlight(highlights);
}
