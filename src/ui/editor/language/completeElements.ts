/** Completion of policy and statement element names, and of `Effect` / `Version` values. */
import { keyInsertion, sortKey, valueInsertion } from './insertion';
import type { CursorToken } from './jsonContext';
import type { PolicyCompletionItem, PolicyCompletionList } from './types';

interface ElementSpec {
  readonly name: string;
  /** Snippet text of the value, used when the key is typed without its value. */
  readonly value: string;
  readonly documentation: string;
  /** Elements that cannot sit next to this one (`Action` and `NotAction`). */
  readonly excludes?: string;
  /** Open suggestions again: the value has completions of its own. */
  readonly retrigger?: boolean;
}

const POLICY_ELEMENTS: readonly ElementSpec[] = [
  {
    name: 'Version',
    value: '"${1|2012-10-17,2008-10-17|}"',
    documentation: 'Policy language version; use `2012-10-17` (policy variables need it).',
  },
  { name: 'Id', value: '"$1"', documentation: 'Optional identifier, for resource-based policies.' },
  {
    name: 'Statement',
    value: '[\n\t{\n\t\t"Effect": "${1|Allow,Deny|}",\n\t\t"Action": "$2",\n\t\t"Resource": "$3"\n\t}\n]',
    documentation: 'One statement, or an array of statements.',
  },
];

const STATEMENT_ELEMENTS: readonly ElementSpec[] = [
  {
    name: 'Sid',
    value: '"$1"',
    documentation: 'Optional statement id: letters and digits, unique in the policy.',
  },
  { name: 'Effect', value: '"${1|Allow,Deny|}"', documentation: '`Allow` or `Deny` (case-sensitive).' },
  {
    name: 'Action',
    value: '"$1"',
    excludes: 'NotAction',
    retrigger: true,
    documentation: 'The actions the statement covers, e.g. `s3:GetObject`, `s3:Get*`.',
  },
  {
    name: 'NotAction',
    value: '"$1"',
    excludes: 'Action',
    retrigger: true,
    documentation: 'Every action except these.',
  },
  {
    name: 'Resource',
    value: '"$1"',
    excludes: 'NotResource',
    retrigger: true,
    documentation: 'The resources (ARNs) the statement covers, or `"*"`.',
  },
  {
    name: 'NotResource',
    value: '"$1"',
    excludes: 'Resource',
    retrigger: true,
    documentation: 'Every resource except these.',
  },
  {
    name: 'Principal',
    value: '{\n\t"AWS": "$1"\n}',
    excludes: 'NotPrincipal',
    documentation: 'Who the statement applies to (resource-based policies only).',
  },
  {
    name: 'NotPrincipal',
    value: '{\n\t"AWS": "$1"\n}',
    excludes: 'Principal',
    documentation: 'Everyone except these principals (legacy; avoid with Allow).',
  },
  {
    name: 'Condition',
    value: '{\n\t"$1": {\n\t\t"$2": "$3"\n\t}\n}',
    retrigger: true,
    documentation: 'Conditions under which the statement applies: `{ "Operator": { "key": value } }`.',
  },
];

function elementItems(
  token: CursorToken,
  elements: readonly ElementSpec[],
  siblingKeys: readonly string[],
): PolicyCompletionList {
  const present = new Set(siblingKeys);
  const items: PolicyCompletionItem[] = [];
  for (const [index, element] of elements.entries()) {
    if (present.has(element.name) || (element.excludes !== undefined && present.has(element.excludes)))
      continue;
    const insertion = keyInsertion(token, element.name, element.name, element.value);
    items.push({
      label: element.name,
      kind: 'element',
      documentation: element.documentation,
      sortText: sortKey(0, index),
      snippet: true,
      retrigger: element.retrigger === true && !token.colonFollows,
      ...insertion,
    });
  }
  return { items, incomplete: false };
}

/** Items for a top-level key of the policy. */
export function policyElementCompletions(
  token: CursorToken,
  siblingKeys: readonly string[],
): PolicyCompletionList {
  return elementItems(token, POLICY_ELEMENTS, siblingKeys);
}

/** Items for a key of a statement. */
export function statementElementCompletions(
  token: CursorToken,
  siblingKeys: readonly string[],
): PolicyCompletionList {
  return elementItems(token, STATEMENT_ELEMENTS, siblingKeys);
}

function valueItems(
  token: CursorToken,
  values: readonly (readonly [string, string])[],
): PolicyCompletionList {
  const items = values.map(([value, documentation], index): PolicyCompletionItem => ({
    label: value,
    kind: 'value',
    documentation,
    sortText: sortKey(0, index),
    snippet: true,
    ...valueInsertion(token, value),
  }));
  return { items, incomplete: false };
}

/** Items for the value of `Effect`. */
export function effectCompletions(token: CursorToken): PolicyCompletionList {
  return valueItems(token, [
    ['Allow', 'Allows the matching requests, unless another statement denies them.'],
    ['Deny', 'Denies the matching requests; an explicit deny always wins.'],
  ]);
}

/** Items for the value of `Version`. */
export function versionCompletions(token: CursorToken): PolicyCompletionList {
  return valueItems(token, [
    ['2012-10-17', 'The current policy language version.'],
    ['2008-10-17', 'The legacy version: policy variables such as `${aws:username}` are literal text.'],
  ]);
}
