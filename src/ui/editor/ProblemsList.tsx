import { usePlayground } from '../../state/hooks';
import type { EditorProblem } from '../../state/slices/editor';

const EMPTY: readonly EditorProblem[] = [];

/** The problems the editor reports for one document, as a list people and tests can read. */
export function ProblemsList({ documentId, title }: { documentId: string; title: string }) {
  const problems = usePlayground((s) => s.editorProblems[documentId] ?? EMPTY);
  const status = usePlayground((s) => s.editorStatus);
  return (
    <div
      className="problems"
      aria-label={`Problems in ${title}`}
      role="region"
      data-testid={`problems.${documentId}`}
    >
      {problems.length === 0 ? (
        <p className="problems-empty">{status === 'ready' ? 'No problems.' : ' '}</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              <span className="problem-where">
                {p.line}:{p.column}
              </span>{' '}
              <span className="problem-message">{p.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
