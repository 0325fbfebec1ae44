/**
 * The order in which AWS evaluates a request, as an accessible picture: an ordered list drawn as
 * a flow of gates, each saying what it needs and where a request that fails it ends. It follows
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */

interface Gate {
  readonly name: string;
  readonly rule: string;
  /** Where a request that fails this gate ends. */
  readonly otherwise: string;
  /** A gate that can only take permissions away. */
  readonly ceiling?: boolean;
  /** A gate that can grant by itself. */
  readonly grants?: boolean;
}

const GATES: readonly Gate[] = [
  {
    name: 'Explicit deny',
    rule: 'A matching Deny in any policy of any type',
    otherwise: 'Denied (explicit); nothing overrides it',
  },
  {
    name: 'Resource control policies (RCPs)',
    rule: 'Must allow, at every level of the organization',
    otherwise: 'Denied',
    ceiling: true,
  },
  {
    name: 'Service control policies (SCPs)',
    rule: 'Must allow, at the root, each OU and the account',
    otherwise: 'Denied',
    ceiling: true,
  },
  {
    name: 'Resource-based policy',
    rule: 'In the same account, an Allow for the caller can grant by itself, depending on the principal it names',
    otherwise: 'On to the identity policies',
    grants: true,
  },
  {
    name: 'Identity-based policies',
    rule: 'Must allow: this is where permissions are granted',
    otherwise: 'Denied (implicit)',
    grants: true,
  },
  {
    name: 'Permissions boundary',
    rule: 'Must allow too. A ceiling on the identity policies: it never grants anything',
    otherwise: 'Denied (implicit)',
    ceiling: true,
  },
  {
    name: 'Session policy',
    rule: 'For a session given one: must allow too',
    otherwise: 'Denied (implicit)',
    ceiling: true,
  },
];

/** The evaluation order, from explicit deny to the final Allow. */
export function EvaluationOrder() {
  return (
    <ol className="eval-order" aria-label="The order AWS evaluates a request in">
      {GATES.map((gate) => (
        <li
          key={gate.name}
          className={`eval-gate${gate.ceiling ? ' is-ceiling' : ''}${gate.grants ? ' is-grant' : ''}`}
        >
          <span className="eval-gate-name">
            {gate.name}
            {gate.ceiling && <span className="eval-tag">ceiling · never grants</span>}
            {gate.grants && <span className="eval-tag eval-tag-grant">can grant</span>}
          </span>
          <span className="eval-gate-rule">{gate.rule}</span>
          <span className="eval-gate-otherwise">
            <span aria-hidden="true">↳ </span>
            <span className="visually-hidden">Otherwise: </span>
            {gate.otherwise}
          </span>
        </li>
      ))}
      <li className="eval-gate is-final">
        <span className="eval-gate-name">Allowed</span>
        <span className="eval-gate-rule">Every gate passed</span>
      </li>
    </ol>
  );
}
