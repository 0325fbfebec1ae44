/** The Monaco side of `editorBus`: reveals positions and draws statement highlights. */
import { setEditorHost, type Highlight } from './editorBus';
import { inertMarkdown } from './language/inertMarkdown';
import { plainText } from './language/markdown';
import { documentIdOf, modelUri } from './models';
import { monaco } from './monacoSetup';

const editors = new Set<monaco.editor.IStandaloneCodeEditor>();
const decorations = new Map<string, string[]>();
let lastHighlights: readonly Highlight[] = [];

function applyHighlights(highlights: readonly Highlight[]): void {
  lastHighlights = highlights;
  const byDocument = new Map<string, Highlight[]>();
  for (const h of highlights) byDocument.set(h.documentId, [...(byDocument.get(h.documentId) ?? []), h]);
  for (const model of monaco.editor.getModels()) {
    const id = documentIdOf(model.uri);
    if (id === null) continue;
    const next = (byDocument.get(id) ?? []).map((h) => ({
      range: new monaco.Range(h.range.start.line, h.range.start.column, h.range.end.line, h.range.end.column),
      options: {
        className: h.tone === 'match' ? 'statement-match' : 'statement-miss',
        isWholeLine: false,
        linesDecorationsClassName: h.tone === 'match' ? 'statement-match-gutter' : 'statement-miss-gutter',
        // The note quotes the policy's own values (patterns, condition values): plain text only.
        hoverMessage: inertMarkdown(plainText(h.note)),
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    }));
    decorations.set(id, model.deltaDecorations(decorations.get(id) ?? [], next));
  }
}

function reveal(documentId: string, line: number, column: number): void {
  // The pane switches its tab first (a React update); look for the editor once it has.
  requestAnimationFrame(() => {
    const uri = modelUri(documentId).toString();
    for (const editor of editors) {
      if (editor.getModel()?.uri.toString() !== uri) continue;
      editor.setPosition({ lineNumber: line, column });
      editor.revealPositionInCenter({ lineNumber: line, column });
      editor.focus();
    }
  });
}

/** Registers an editor; returns the function that unregisters it. */
export function registerEditor(editor: monaco.editor.IStandaloneCodeEditor): () => void {
  editors.add(editor);
  setEditorHost({ reveal, highlight: applyHighlights });
  // A model shown later gets the highlights that were asked for before it existed.
  const listener = editor.onDidChangeModel(() => applyHighlights(lastHighlights));
  return () => {
    listener.dispose();
    editors.delete(editor);
    if (editors.size === 0) setEditorHost(null);
  };
}
