/**
 * One entry for pasted AWS output: works out what it is (account authorization details,
 * get-role, get-policy-version, get-*-policy, or a bare policy document) and reads it.
 */

import { AUTHORIZATION_DETAILS_KEYS, listPrincipals, readAuthorizationDetails } from './authDetails';
import { isAwsManagedPolicyArn, sessionArnOf, trustPolicySource } from './authScenario';
import { readPolicyDocument } from './documents';
import {
  boundaryArn,
  documentText,
  InvalidField,
  isRecord,
  optionalString,
  own,
  requiredString,
} from './fields';
import { readJson } from './readJson';
import type { ImportResult, PolicySource } from './types';

/** Options of {@link importAwsJson}. */
export interface ImportOptions {
  /** Session name of the assumed-role ARN built for a role. @default 'ImportedSession' */
  readonly sessionName?: string;
}

const EXPECTED =
  'Expected a policy document (with Statement) or the output of aws iam get-account-authorization-details, ' +
  'get-role or get-policy-version';

const has = (record: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

function invalid(what: string, error: unknown): ImportResult {
  if (error instanceof InvalidField) {
    return {
      ok: false,
      error: { code: 'invalid', message: `This looks like ${what} output but ${error.message}.` },
    };
  }
  // Anything else is a bug in this module (or an input too large for the browser): report it
  // rather than crash the page, and without the JavaScript error's name, which means nothing here.
  const why = error instanceof RangeError ? ': it is too large or nested too deeply' : '';
  return { ok: false, error: { code: 'invalid', message: `The ${what} output could not be read${why}.` } };
}

function fromAuthorizationDetails(record: Record<string, unknown>): ImportResult {
  try {
    const details = readAuthorizationDetails(record);
    const notes: string[] = [];
    if (details.truncated) {
      notes.push(
        'The output is truncated (IsTruncated is true): users, roles or policies on later pages are missing. ' +
          'Let the AWS CLI paginate (do not pass --max-items), or merge the pages.',
      );
    }
    const principals = listPrincipals(details);
    if (principals.length === 0)
      notes.push('The output holds no users or roles (was it run with --filter?).');
    return { ok: true, kind: 'authorization-details', details, principals, notes };
  } catch (error) {
    return invalid('get-account-authorization-details', error);
  }
}

function fromGetRole(role: unknown, options: ImportOptions): ImportResult {
  try {
    if (!isRecord(role)) throw new InvalidField('Role is not an object');
    const name = requiredString(role, 'RoleName', 'Role');
    const arn = requiredString(role, 'Arn', 'Role');
    const principal = sessionArnOf(arn, name, options.sessionName ?? 'ImportedSession');
    if (principal === null) throw new InvalidField(`Role.Arn (${arn}) is not a role ARN`);
    const notes = [
      "get-role output holds the role's trust policy and boundary only, not its permissions policies. " +
        'Add them by hand, or import aws iam get-account-authorization-details output instead.',
    ];
    const boundary = boundaryArn(role, 'Role');
    let permissionsBoundary: PolicySource | null = null;
    if (boundary !== null && isAwsManagedPolicyArn(boundary)) {
      permissionsBoundary = { name: boundary.slice(boundary.lastIndexOf('/') + 1), managedArn: boundary };
    } else if (boundary !== null) {
      notes.push(
        `The permissions boundary ${boundary} is a customer managed policy whose document is not in get-role output. ` +
          `Run aws iam get-policy --policy-arn ${boundary} for its DefaultVersionId, then ` +
          `aws iam get-policy-version --policy-arn ${boundary} --version-id <id>, and import that as the boundary. ` +
          'Until then the scenario has no boundary and may allow more than AWS would.',
      );
    }
    const trustPolicy = documentText(role, 'AssumeRolePolicyDocument', 'Role', false);
    const resourcePolicy = trustPolicySource({ name, trustPolicy }, notes);
    const scenario = {
      principal,
      sessionIssuer: arn,
      identityPolicies: [],
      permissionsBoundary,
      resourcePolicy,
      notes,
    };
    return { ok: true, kind: 'role', scenario, notes };
  } catch (error) {
    return invalid('get-role', error);
  }
}

function fromPolicyVersion(version: unknown): ImportResult {
  try {
    if (!isRecord(version)) throw new InvalidField('PolicyVersion is not an object');
    const text = documentText(version, 'Document', 'PolicyVersion', true);
    const versionId = optionalString(version, 'VersionId', null);
    const notes: string[] = [];
    if (own(version, 'IsDefaultVersion') === false) {
      notes.push(
        `Version ${versionId ?? '?'} is not the policy's default version: AWS does not evaluate it.`,
      );
    }
    const name = versionId === null ? 'imported-policy' : `imported-policy-${versionId}`;
    return { ok: true, kind: 'policy-version', policy: { name, text }, notes };
  } catch (error) {
    return invalid('get-policy-version', error);
  }
}

function fromInlinePolicy(record: Record<string, unknown>): ImportResult {
  try {
    const name = requiredString(record, 'PolicyName', 'the output');
    const text = documentText(record, 'PolicyDocument', 'the output', true);
    return { ok: true, kind: 'inline-policy', policy: { name, text }, notes: [] };
  } catch (error) {
    return invalid('get-role-policy / get-user-policy / get-group-policy', error);
  }
}

function fromDocument(record: Record<string, unknown>): ImportResult {
  const read = readPolicyDocument(record);
  if (!read.ok)
    return { ok: false, error: { code: 'invalid', message: `The policy document ${read.reason}.` } };
  const id = own(record, 'Id');
  const name = typeof id === 'string' && /^[\w+=,.@-]{1,128}$/.test(id) ? id : 'imported-policy';
  return { ok: true, kind: 'policy-document', policy: { name, text: read.text }, notes: [] };
}

/** Outputs that look familiar but hold no documents: say which command to run instead. */
function hint(record: Record<string, unknown>): string | null {
  const policies = own(record, 'Policies');
  if (Array.isArray(policies)) {
    return (
      'This looks like aws iam list-policies output, which holds no policy documents. Use ' +
      'aws iam get-policy-version, or get-account-authorization-details for the whole account.'
    );
  }
  if (has(record, 'Policy')) {
    return (
      'This looks like aws iam get-policy output, which holds no document. Run aws iam get-policy-version ' +
      '--policy-arn <arn> --version-id <DefaultVersionId> and import that.'
    );
  }
  if (has(record, 'User')) {
    return (
      'This looks like aws iam get-user output, which holds no policies. Import aws iam ' +
      'get-account-authorization-details output and pick the user.'
    );
  }
  if (has(record, 'AttachedPolicies') || has(record, 'PolicyNames')) {
    return (
      'This is a list of policy names or ARNs, without documents. Import aws iam ' +
      'get-account-authorization-details output (or each policy with get-policy-version / get-role-policy).'
    );
  }
  return null;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'found an array';
  if (value === null) return 'found null';
  if (typeof value !== 'object') return `found a ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'found an empty object';
  const shown = keys.slice(0, 10).join(', ');
  return `found an object with keys: ${shown}${keys.length > 10 ? `, … (${keys.length} in all)` : ''}`;
}

/**
 * Reads pasted AWS CLI output or a policy document. Never throws: wrong input gives an error
 * naming what is missing; text nested too deeply or with a number too large for a double gives
 * an error saying where. Policy texts in the result are pretty-printed JSON.
 */
export function importAwsJson(text: string, options: ImportOptions = {}): ImportResult {
  try {
    return recognise(text, options);
  } catch (error) {
    // Each reader catches its own errors; this is the last guard of the promise above, since
    // the import dialog calls this while rendering and a throw would blank the page.
    return invalid('pasted', error);
  }
}

function recognise(text: string, options: ImportOptions): ImportResult {
  const parsed = readJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isRecord(value))
    return { ok: false, error: { code: 'unrecognised', message: `${EXPECTED}; ${describe(value)}.` } };
  if (AUTHORIZATION_DETAILS_KEYS.some((key) => has(value, key))) return fromAuthorizationDetails(value);
  // With --filter LocalManagedPolicy the output has only Policies, each with its versions.
  const policies = own(value, 'Policies');
  if (Array.isArray(policies) && policies.some((p) => isRecord(p) && has(p, 'PolicyVersionList'))) {
    return fromAuthorizationDetails(value);
  }
  if (has(value, 'Role')) return fromGetRole(value.Role, options);
  if (has(value, 'PolicyVersion')) return fromPolicyVersion(value.PolicyVersion);
  if (has(value, 'PolicyDocument')) return fromInlinePolicy(value);
  if (has(value, 'Statement')) return fromDocument(value);
  const known = hint(value);
  return { ok: false, error: { code: 'unrecognised', message: known ?? `${EXPECTED}; ${describe(value)}.` } };
}
