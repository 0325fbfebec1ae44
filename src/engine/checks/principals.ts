/**
 * Reading a resource-based policy's statements as identity-policy statements, so that the
 * whole-catalog analysis (which reasons about one caller's identity layer) can compare what
 * two resource policies grant. Principal and NotPrincipal become conditions on the caller:
 *
 * - `"*"` (or `{"AWS": "*"}`): any caller, no condition;
 * - an account (`111122223333` or `arn:aws:iam::111122223333:root`): `StringEquals`
 *   `aws:PrincipalAccount`, since an account principal stands for every principal of it;
 * - any other AWS ARN: `ArnEquals` `aws:PrincipalArn`;
 * - `Service`: `StringEquals` `aws:PrincipalServiceName`; `Federated`: `StringEquals`
 *   `aws:FederatedProvider`; `CanonicalUser`: `StringEquals` `iam-playground:CanonicalUser`
 *   (no AWS key names it; only the comparison of two documents reads it).
 *
 * A Principal's entries are alternatives, so a statement becomes one statement per kind of
 * entry; NotPrincipal's entries are exceptions, so its negated conditions all go on one
 * statement. A statement without Resource (a role trust policy) applies to the resource the
 * policy is attached to: it is read as `Resource: "*"`, the same for both documents compared.
 */

type Json = Record<string, unknown>;

/** The condition one group of principal entries becomes: operator (positive form), key, values. */
interface PrincipalClause {
  readonly operator: 'StringEquals' | 'ArnEquals';
  readonly key: string;
  readonly values: string[];
}

const NEGATED: Record<PrincipalClause['operator'], string> = {
  StringEquals: 'StringNotEquals',
  ArnEquals: 'ArnNotEquals',
};

/**
 * Operators that mean the same as the positive or negated form for the single-valued keys
 * used here, tried in turn when the statement's Condition already has the first one for the
 * same key (a JSON object cannot hold the key twice, and condition keys are case-insensitive).
 * `StringLike` equals `StringEquals` for values without wildcards, which accounts, service
 * names and providers never have.
 */
const SPELLINGS: Record<string, readonly string[]> = {
  StringEquals: ['StringEquals', 'ForAnyValue:StringEquals', 'StringLike', 'ForAnyValue:StringLike'],
  ArnEquals: ['ArnEquals', 'ArnLike', 'ForAnyValue:ArnEquals', 'ForAnyValue:ArnLike'],
  StringNotEquals: [
    'StringNotEquals',
    'ForAllValues:StringNotEquals',
    'StringNotLike',
    'ForAllValues:StringNotLike',
  ],
  ArnNotEquals: ['ArnNotEquals', 'ArnNotLike', 'ForAllValues:ArnNotEquals', 'ForAllValues:ArnNotLike'],
};

const ACCOUNT = /^\d{12}$/;
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;

const KIND_KEYS: Record<string, string> = {
  Service: 'aws:PrincipalServiceName',
  Federated: 'aws:FederatedProvider',
  CanonicalUser: 'iam-playground:CanonicalUser',
};

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The clauses a Principal value stands for; null when it names every caller. */
function principalClauses(principal: unknown): PrincipalClause[] | null {
  if (principal === '*') return null;
  const clauses: PrincipalClause[] = [];
  const record = typeof principal === 'object' && principal !== null ? (principal as Json) : {};
  const accounts: string[] = [];
  const arns: string[] = [];
  for (const entry of strings(record.AWS)) {
    if (entry === '*') return null;
    const root = ROOT_ARN.exec(entry);
    if (ACCOUNT.test(entry)) accounts.push(entry);
    else if (root !== null) accounts.push(root[1] as string);
    else arns.push(entry);
  }
  if (accounts.length > 0)
    clauses.push({ operator: 'StringEquals', key: 'aws:PrincipalAccount', values: accounts });
  if (arns.length > 0) clauses.push({ operator: 'ArnEquals', key: 'aws:PrincipalArn', values: arns });
  for (const [kind, key] of Object.entries(KIND_KEYS)) {
    const values = strings(record[kind]);
    if (values.length > 0) clauses.push({ operator: 'StringEquals', key, values });
  }
  return clauses;
}

/** `condition` with `key: values` added under the first free spelling of `operator`. */
function withClause(condition: Json, operator: string, key: string, values: string[]): Json {
  for (const spelling of SPELLINGS[operator] ?? [operator]) {
    const block = (condition[spelling] ?? {}) as Json;
    if (Object.keys(block).some((name) => name.toLowerCase() === key.toLowerCase())) continue;
    return { ...condition, [spelling]: { ...block, [key]: values } };
  }
  throw new RangeError(`the statement's Condition already tests ${key} under every equivalent operator`);
}

function withClauses(statement: Json, clauses: readonly PrincipalClause[], negate: boolean): Json {
  let condition = (
    typeof statement.Condition === 'object' && statement.Condition !== null ? statement.Condition : {}
  ) as Json;
  for (const clause of clauses) {
    condition = withClause(
      condition,
      negate ? NEGATED[clause.operator] : clause.operator,
      clause.key,
      clause.values,
    );
  }
  return Object.keys(condition).length === 0 ? statement : { ...statement, Condition: condition };
}

/** The statement without its Sid: split statements would repeat it, and only the original's matters. */
export function withoutSid(statement: Json): Json {
  const copy = { ...statement };
  delete copy.Sid;
  return copy;
}

/**
 * The identity-policy statements one resource-policy statement stands for (one or more; see
 * the module comment). Sid, Principal and NotPrincipal are dropped.
 *
 * @throws RangeError in the rare case the statement's Condition leaves no way to add a clause.
 */
export function asIdentityStatements(statement: Json): Json[] {
  const { Principal: principal, NotPrincipal: notPrincipal, ...rest } = withoutSid(statement);
  const base: Json = 'Resource' in rest || 'NotResource' in rest ? rest : { ...rest, Resource: '*' };
  if (notPrincipal !== undefined) {
    // NotPrincipal "*" spares every caller: the statement applies to nobody.
    const clauses = principalClauses(notPrincipal);
    return clauses === null ? [] : [withClauses(base, clauses, true)];
  }
  const clauses = principalClauses(principal);
  if (clauses === null) return [base];
  return clauses.map((clause) => withClauses(base, [clause], false));
}
