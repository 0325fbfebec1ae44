/**
 * The Monaco editor for one policy document. Uncontrolled: the Monaco model is the source of
 * truth while typing and pushes its text to the store; the store's text is written back into
 * the model only when it changed from outside (a permalink, an example, a reset).
 */
import { useEffect, useRef } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { selectDocumentText } from '../../state/selectors';
import type { EditorProblem } from '../../state/slices/editor';
import { monaco } from './monacoSetup';
import { POLICY_MODEL_PREFIX } from './policySchema';
import { useColorScheme } from '../useColorScheme';

/** Props of {@link PolicyEditorCore}. */
export interface PolicyEditorCoreProps {
  /** Id of the document in the store. */
  readonly documentId: string;
  /** Accessible name of the editor's text area. */
  readonly label: string;
}

function toProblem(marker: monaco.editor.IMarker): EditorProblem {
  const severity =
    marker.severity === monaco.MarkerSeverity.Error
      ? 'error'
      : marker.severity === monaco.MarkerSeverity.Warning
        ? 'warning'
        : 'info';
  return { severity, message: marker.message, line: marker.startLineNumber, column: marker.startColumn };
}

/** Renders Monaco for the document `documentId`. Loaded lazily by `PolicyEditor`. */
export default function PolicyEditorCore({ documentId, label }: PolicyEditorCoreProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const text = usePlayground((s) => selectDocumentText(s, documentId));
  const { setPolicyText, setEditorProblems, setEditorStatus } = usePlaygroundActions();
  const scheme = useColorScheme();
  const initialText = useRef(text);

  useEffect(() => {
    if (!host.current) return;
    const uri = monaco.Uri.parse(`${POLICY_MODEL_PREFIX}${documentId}.json`);
    const model =
      monaco.editor.getModel(uri) ?? monaco.editor.createModel(initialText.current ?? '', 'json', uri);
    const editor = monaco.editor.create(host.current, {
      model,
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      tabSize: 2,
      fixedOverflowWidgets: true,
      renderLineHighlight: 'line',
    });
    editorRef.current = editor;
    const changes = model.onDidChangeContent(() => setPolicyText(documentId, model.getValue()));
    const markers = monaco.editor.onDidChangeMarkers((uris) => {
      if (!uris.some((u) => u.toString() === uri.toString())) return;
      setEditorProblems(documentId, monaco.editor.getModelMarkers({ resource: uri }).map(toProblem));
    });
    setEditorStatus('ready');
    return () => {
      changes.dispose();
      markers.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, [documentId, label, setPolicyText, setEditorProblems, setEditorStatus]);

  // Write external changes into the model; typing never comes back here with a different text.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (text !== undefined && model && model.getValue() !== text) model.setValue(text);
  }, [text]);

  useEffect(() => monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs'), [scheme]);

  return <div ref={host} className="editor-host" data-testid={`editor.${documentId}`} />;
}
