/** A read-only Monaco view of a JSON text (lazily loaded with Monaco). */
import { useEffect, useRef } from 'react';

import { monaco } from '../editor/monacoSetup';
import { useColorScheme } from '../useColorScheme';

/** Shows `text`, updating in place as it changes. */
export default function ReadOnlyJsonCore({ text, label }: { text: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const scheme = useColorScheme();

  useEffect(() => {
    if (!host.current) return;
    // Outside the policy URI prefix: the policy schema does not apply to this model.
    const model = monaco.editor.createModel('', 'json', monaco.Uri.parse('inmemory://effective/policy.json'));
    editor.current = monaco.editor.create(host.current, {
      model,
      readOnly: true,
      ariaLabel: label,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      folding: true,
      // URLs in a policy are text, never links to follow (see editor/linkGuard.ts).
      links: false,
    });
    return () => {
      editor.current?.dispose();
      model.dispose();
      editor.current = null;
    };
  }, [label]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && model.getValue() !== text) model.setValue(text);
  }, [text]);

  useEffect(() => monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs'), [scheme]);

  return <div ref={host} className="editor-host readonly-host" />;
}
