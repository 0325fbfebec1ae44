import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { EditorProblem } from '../../state/slices/editor';
import { revealInEditor } from './editorBus';

const EMPTY: readonly EditorProblem[] = [];
const ORDER = { error: 0, warning: 1, info: 2 };

/** The problems of one document (JSON schema and engine), as a list that jumps to each. */
export function ProblemsList({ documentId, title }: { documentId: string; title: string }) {
  const problems = usePlayground((s) => s.editorProblems[documentId] ?? EMPTY);
  const status = usePlayground((s) => s.editorStatus);
  const { setActiveTab } = usePlaygroundActions();
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line);
  return (
    <div
      className="problems"
      aria-label={`Problems in ${title}`}
      role="region"
      data-testid={`problems.${documentId}`}
    >
      {sorted.length === 0 ? (
        <p className="problems-empty">{status === 'ready' ? 'No problems.' : 'Checking…'}</p>
      ) : (
        <ul>
          {sorted.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              <button
                type="button"
                className="problem-button"
                onClick={() => {
                  setActiveTab(documentId);
                  revealInEditor(documentId, p.line, p.column);
                }}
              >
                <span className={`severity-icon severity-${p.severity}`} aria-label={p.severity} />
                <span className="problem-message">{p.message}</span>
                <span className="problem-where">
                  {p.source} · {p.line}:{p.column}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
