/**
 * A Monaco editor showing one document at a time (its pane's open tab). Uncontrolled: each
 * document's model is the source of truth while typing and pushes its text to the store; the
 * store's text is written back only when it changed from outside (a permalink, an example).
 */
import { useEffect, useRef } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectDocumentText } from '../../state/selectors';
import type { EditorProblem } from '../../state/slices/editor';
import { EDITOR_ESCAPE_HINT } from '../help/shortcuts';
import { useColorScheme } from '../useColorScheme';
import { registerEditor } from './editorHost';
import { installKeyboardEscape } from './keyboardEscape';
import { applyEngineMarkers } from './language/markers';
import { documentModel, modelUri } from './models';
import { fitSchemaValidation, monaco } from './monacoSetup';
import { replaceModelText } from './replaceModelText';

/** Props of {@link PolicyEditorCore}. */
export interface PolicyEditorCoreProps {
  /** Id of the document shown. */
  readonly documentId: string;
  /** Accessible name of the editor's text area. */
  readonly label: string;
  readonly readOnly?: boolean;
}

function toProblem(marker: monaco.editor.IMarker): EditorProblem {
  const severity =
    marker.severity === monaco.MarkerSeverity.Error
      ? 'error'
      : marker.severity === monaco.MarkerSeverity.Warning
        ? 'warning'
        : 'info';
  return {
    severity,
    message: marker.message,
    line: marker.startLineNumber,
    column: marker.startColumn,
    source: marker.owner === 'iam' ? 'IAM' : 'JSON',
  };
}

/**
 * Whether a change is one key typed: a character (two with an auto-closed quote or bracket) or a
 * deletion of as much. A paste, a fix applied, undo of a larger edit: not a keystroke.
 */
function isKeystroke(event: monaco.editor.IModelContentChangedEvent): boolean {
  const [change] = event.changes;
  return (
    !event.isFlush &&
    event.changes.length === 1 &&
    change !== undefined &&
    change.text.length <= 2 &&
    change.rangeLength <= 2
  );
}

/** Renders Monaco for the document `documentId`. Loaded lazily by `PolicyEditor`. */
export default function PolicyEditorCore({ documentId, label, readOnly = false }: PolicyEditorCoreProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const text = usePlayground((s) => selectDocumentText(s, documentId));
  const { setPolicyText, setEditorProblems, setEditorStatus } = usePlaygroundActions();
  const scheme = useColorScheme();
  const latestText = useRef(text);
  // The text this editor last gave the store: when the store's text is that one, the model has
  // it already (comparing the model's whole text instead would cost a copy of it per keystroke).
  const pushed = useRef<string | undefined>(undefined);
  // Declared first so the effects below see this render's text.
  useEffect(() => {
    latestText.current = text;
  }, [text]);

  useEffect(() => {
    if (!host.current) return;
    const editor = monaco.editor.create(host.current, {
      // The way out by keyboard is part of the name, so screen reader users hear it on entering.
      ariaLabel: `${label}. ${EDITOR_ESCAPE_HINT}`,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      fixedOverflowWidgets: true,
      // URLs in a policy are text, never links to follow (see linkGuard.ts).
      links: false,
      lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
      // Typing stays within a few milliseconds of a plain text area (measured by `npm run bench`):
      // "always" looks for the brackets around the caret after every keystroke, across the whole
      // policy; "near" highlights a bracket beside the caret and its match, which is what a JSON
      // author uses. Sticky scroll asks the JSON worker for the document's outline on every edit,
      // and a policy has no colours, code lenses, inlay hints or semantic tokens to show.
      matchBrackets: 'near',
      stickyScroll: { enabled: false },
      colorDecorators: false,
      codeLens: false,
      inlayHints: { enabled: 'off' },
      'semanticHighlighting.enabled': false,
    });
    editorRef.current = editor;
    const unregister = registerEditor(editor);
    const escape = installKeyboardEscape(editor);
    setEditorStatus('ready');
    return () => {
      escape.dispose();
      unregister();
      editor.dispose();
      editorRef.current = null;
    };
  }, [label, setEditorStatus]);

  // One editor serves every tab of its pane; AWS's own policies are shown read-only.
  useEffect(() => editorRef.current?.updateOptions({ readOnly }), [readOnly]);

  // Show the document's model; its edits flow to the store, its markers to the problems list.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const model = documentModel(documentId, latestText.current ?? '');
    pushed.current = undefined;
    // The store may have changed while the model was not shown (an example, a permalink, a fix
    // applied from the simulator): as one undoable edit, as when it is shown.
    if (latestText.current !== undefined && model.getValue() !== latestText.current)
      replaceModelText(model, latestText.current);
    if (editor.getModel() !== model) editor.setModel(model);
    const uri = modelUri(documentId).toString();
    const publish = () =>
      setEditorProblems(documentId, monaco.editor.getModelMarkers({ resource: model.uri }).map(toProblem));
    publish();
    fitSchemaValidation(model);
    const changes = model.onDidChangeContent((event) => {
      fitSchemaValidation(model);
      const value = model.getValue();
      pushed.current = value;
      if (setPolicyText(documentId, value, { keystroke: isKeystroke(event) })) return;
      // Refused (the work would no longer fit in a link; a notice says why): the editor shows the
      // stored text again, after this change event has finished.
      queueMicrotask(() => {
        const stored = latestText.current;
        if (stored !== undefined && !model.isDisposed() && model.getValue() !== stored) {
          replaceModelText(model, stored);
        }
      });
    });
    const markers = monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === uri)) publish();
    });
    return () => {
      changes.dispose();
      markers.dispose();
    };
  }, [documentId, setPolicyText, setEditorProblems]);

  // Write external changes into the model; typing never comes back here with a different text.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (text === pushed.current) return;
    if (text !== undefined && model && model.getValue() !== text) {
      // Decide on schema validation before the text lands, so a huge paste is never validated.
      if (text.length > model.getValueLength()) fitSchemaValidation(model);
      replaceModelText(model, text);
    }
  }, [text]);

  // The engine's diagnostics as markers, beside the JSON schema's own.
  const diagnostics = usePlayground((s) => s.diagnostics[documentId]);
  useEffect(() => {
    const model = monaco.editor.getModel(modelUri(documentId));
    if (model) applyEngineMarkers(model, diagnostics ?? []);
  }, [documentId, diagnostics]);

  useEffect(() => monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs'), [scheme]);

  return <div ref={host} className="editor-host" data-testid={`editor.${documentId}`} />;
}
