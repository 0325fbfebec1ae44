/**
 * Beside a pasted request's result: whether the playground agrees with what AWS said, in one
 * sentence, and the parser's notes (including when AWS's caller is not the scenario's principal).
 */
import type { EvaluationResult } from '../../engine';
import { usePlayground } from '../../state/hooks';
import { pasteReport } from '../../state/pastedDenial';
import type { PastedDenial } from '../../state/slices/request';

const VERDICT: Readonly<Record<string, string>> = {
  true: 'Agrees with AWS',
  false: 'Differs from AWS',
  null: 'Compared with AWS',
};

/** The comparison of `result` with what AWS said about the pasted request. Loaded lazily by `RequestResult`. */
export default function AwsComparisonNote({
  result,
  pasted,
}: {
  result: EvaluationResult;
  pasted: PastedDenial;
}) {
  const principal = usePlayground((s) => s.principal);
  const sessionIssuer = usePlayground((s) => s.sessionIssuer);
  const { comparison, notes } = pasteReport(pasted, result, { principal, sessionIssuer });
  return (
    <div className="aws-comparison" data-agrees={String(comparison.agrees)} data-testid="sim.comparison">
      <p>
        <strong>{VERDICT[String(comparison.agrees)]}:</strong> {comparison.sentence}
      </p>
      {notes.length > 0 && (
        <ul className="muted">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
