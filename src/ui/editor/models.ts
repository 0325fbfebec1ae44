/**
 * One Monaco model per document, kept for the document's lifetime so switching tabs keeps each
 * document's undo history and markers. Lives on the lazily loaded side.
 */
import { monaco } from './monacoSetup';
import { POLICY_MODEL_PREFIX } from './policySchema';

/** The model URI of a document. */
export function modelUri(documentId: string): monaco.Uri {
  return monaco.Uri.parse(`${POLICY_MODEL_PREFIX}${documentId}.json`);
}

/** The document's model, created with `text` the first time. */
export function documentModel(documentId: string, text: string): monaco.editor.ITextModel {
  return (
    monaco.editor.getModel(modelUri(documentId)) ??
    monaco.editor.createModel(text, 'json', modelUri(documentId))
  );
}

/** The document id of a policy model, or null for other models. */
export function documentIdOf(uri: monaco.Uri): string | null {
  const text = uri.toString();
  if (!text.startsWith(POLICY_MODEL_PREFIX) || !text.endsWith('.json')) return null;
  return decodeURIComponent(text.slice(POLICY_MODEL_PREFIX.length, -'.json'.length));
}

/** Disposes the models of documents that no longer exist. */
export function disposeModelsExcept(documentIds: ReadonlySet<string>): void {
  for (const model of monaco.editor.getModels()) {
    const id = documentIdOf(model.uri);
    if (id !== null && !documentIds.has(id)) model.dispose();
  }
}
