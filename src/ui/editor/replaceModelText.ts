/** Replacing a model's whole text from outside the editor (a fix, a link) as one undoable edit. */
import type { monaco } from './monacoSetup';

/**
 * Replaces the model's text as one step of its undo stack: Ctrl+Z brings the previous text back
 * whole, and typing before or after is never merged into it. (`setValue` would clear the stack.)
 */
export function replaceModelText(model: monaco.editor.ITextModel, text: string): void {
  model.pushStackElement();
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
  model.pushStackElement();
}
