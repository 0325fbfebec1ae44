/** The caller: whose permissions the playground evaluates. */
import { usePlayground, usePlaygroundActions } from '../../state/hooks';

const KINDS = [
  {
    label: 'Role session',
    example: 'arn:aws:sts::123456789876:assumed-role/demo-restricted-admin/EC2AdminSession',
  },
  { label: 'IAM user', example: 'arn:aws:iam::123456789876:user/Alice' },
  { label: 'Federated user', example: 'arn:aws:sts::123456789876:federated-user/Bob' },
  { label: 'Root', example: 'arn:aws:iam::123456789876:root' },
];

/** Describes the principal ARN in a few words. */
export function principalKind(arn: string): string {
  if (/^arn:[^:]+:sts::\d{12}:assumed-role\//.test(arn)) return 'Role session';
  if (/^arn:[^:]+:sts::\d{12}:federated-user\//.test(arn)) return 'Federated user';
  if (/^arn:[^:]+:iam::\d{12}:root$/.test(arn)) return 'Root user';
  if (/^arn:[^:]+:iam::\d{12}:user\//.test(arn)) return 'IAM user';
  return 'Unrecognised';
}

/** The principal field, its session issuer, and the problem with them if any. */
export function PrincipalBar() {
  const principal = usePlayground((s) => s.principal);
  const issuer = usePlayground((s) => s.sessionIssuer);
  const problems = usePlayground((s) =>
    s.scenarioDiagnostics
      .filter((d) => d.path === 'principal' || d.path === 'sessionIssuer')
      .map((d) => d.message),
  );
  const { setPrincipal } = usePlaygroundActions();
  const kind = principalKind(principal);
  const isSession = kind === 'Role session' || kind === 'Federated user';
  return (
    <div className="principal-bar" data-testid="principal">
      <label className="principal-field">
        <span>Principal</span>
        <input
          value={principal}
          spellCheck={false}
          list="principal-examples"
          aria-invalid={problems.length > 0}
          aria-describedby="principal-kind"
          onChange={(e) => setPrincipal(e.target.value)}
        />
      </label>
      <datalist id="principal-examples">
        {KINDS.map((k) => (
          <option key={k.label} value={k.example}>
            {k.label}
          </option>
        ))}
      </datalist>
      <span id="principal-kind" className="principal-kind">
        {kind}
      </span>
      {isSession && (
        <label className="principal-field issuer-field">
          <span>{kind === 'Role session' ? 'Role ARN (with path)' : 'Federating IAM user'}</span>
          <input
            value={issuer}
            spellCheck={false}
            placeholder="optional"
            onChange={(e) => setPrincipal(principal, e.target.value)}
          />
        </label>
      )}
      {problems.length > 0 && (
        <p className="field-error" role="alert">
          {problems[0]}
        </p>
      )}
    </div>
  );
}
