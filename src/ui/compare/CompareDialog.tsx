/**
 * "Compare with…": pick a baseline (the scenario as this session opened it, a gallery example,
 * a link, or a scenario file); the results then show what changed against it.
 */
import { useState, type FormEvent } from 'react';

import { EXAMPLES } from '../../examples';
import type { BaselineSource } from '../../sharing';
import { usePlaygroundActions } from '../../state/hooks';
import { DialogBoundary } from '../common/PanelBoundary';
import { useSharing } from '../sharing/SharingContext';
import { ModalDialog } from '../transfer/ModalDialog';

type Kind = BaselineSource['kind'] | 'example';

/** Props of {@link CompareDialog}. */
export interface CompareDialogProps {
  readonly onClose: () => void;
}

/** The dialog; resolving the choice is the sharing layer's job (`src/sharing/baseline.ts`). */
export function CompareDialog({ onClose }: CompareDialogProps) {
  const sharing = useSharing();
  const { setBaseline, setResultsView } = usePlaygroundActions();
  const [kind, setKind] = useState<Kind>('session');
  const [example, setExample] = useState(EXAMPLES[0]?.id ?? '');
  const [link, setLink] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sourceOf = async (): Promise<BaselineSource | string> => {
    if (kind === 'session') return { kind: 'session' };
    if (kind === 'example') return { kind: 'link', text: `#example=${example}` };
    if (kind === 'link') return link.trim() === '' ? 'Paste a link first.' : { kind: 'link', text: link };
    if (file === null) return 'Choose a scenario file first.';
    return { kind: 'file', name: file.name, text: await file.text() };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sharing === null) return;
    setBusy(true);
    const source = await sourceOf();
    const result =
      typeof source === 'string'
        ? { ok: false as const, message: source }
        : await sharing.resolveBaseline(source);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setBaseline(result.baseline);
    setResultsView('table');
    onClose();
  };

  const option = (value: Kind, label: string) => (
    <label className="compare-option">
      <input
        type="radio"
        name="baseline"
        value={value}
        checked={kind === value}
        onChange={() => setKind(value)}
      />
      {label}
    </label>
  );

  return (
    <ModalDialog title="Compare with…" onClose={onClose} testId="compare-dialog">
      <form onSubmit={(e) => void submit(e)} className="compare-form">
        <fieldset>
          <legend>Baseline</legend>
          {option('session', 'The scenario as this session opened it')}
          {option('example', 'An example')}
          {kind === 'example' && (
            <select aria-label="Example" value={example} onChange={(e) => setExample(e.target.value)}>
              {EXAMPLES.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </select>
          )}
          {option('link', 'A link')}
          {kind === 'link' && (
            <textarea
              aria-label="Link"
              rows={3}
              spellCheck={false}
              placeholder="https://…/#s=1.…"
              value={link}
              onChange={(e) => setLink(e.target.value)}
            />
          )}
          {option('file', 'A scenario file')}
          {kind === 'file' && (
            <input
              type="file"
              aria-label="Scenario file"
              accept=".json,application/json"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </fieldset>
        {problem !== null && (
          <p role="alert" className="transfer-error">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="small-button transfer-primary" disabled={busy || sharing === null}>
            Compare
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** The dialog under its error boundary, for lazy loading. */
export default function CompareDialogPanel({ onClose }: CompareDialogProps) {
  return (
    <DialogBoundary name="compare" label="Compare with…" onClose={onClose}>
      <CompareDialog onClose={onClose} />
    </DialogBoundary>
  );
}
