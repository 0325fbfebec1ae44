/**
 * Validation of a format-1 wire payload (from a link or from storage) into a `SharedState`.
 * Only known fields are read, each from the object's OWN properties (an inherited `constructor`
 * or `toString` is never mistaken for data), and every value is copied into fresh objects, so a
 * `__proto__` key in the payload cannot pollute anything. Every type and length is checked; the
 * first problem is reported with the person-readable path of the field.
 */
import {
  LAYERS,
  POLICY_SLOTS,
  RESOURCE_POLICY_KINDS,
  type ContextValue,
  type Decision,
  type Layer,
  type PolicySlot,
  type PolicySlots,
  type RequestExpectation,
  type ResourcePolicyKind,
} from '../engine';
import {
  DEFAULT_SHARED_STATE,
  FILTER_WIRE_KEYS,
  LIMITS,
  type PolicySource,
  type SharedBaseline,
  type SharedOrgLevel,
  type SharedRequest,
  type SharedResourcePolicy,
  type SharedState,
  type TableFilters,
} from './schema';

/** Why a payload was refused: the field's path (e.g. `requests[2].action`) and what is wrong. */
export interface PayloadProblem {
  readonly path: string;
  readonly problem: string;
}

/** Result of validating a payload. */
export type PayloadResult =
  | { readonly ok: true; readonly state: SharedState }
  | { readonly ok: false; readonly problem: PayloadProblem };

/** A failed check; a class so results can be told apart with `instanceof`. */
class Invalid implements PayloadProblem {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

type Checked<T> = T | Invalid;
type Obj = Record<string, unknown>;

/**
 * AWS managed policies live under the `aws` account: IAM ones (`arn:aws:iam::aws:policy/…`) and
 * the organization-managed SCP/RCP (`arn:aws:organizations::aws:policy/…`), in any partition.
 */
const MANAGED_ARN = /^arn:aws(?:-[a-z]+)*:(?:iam|organizations)::aws:policy\/\S+$/;

function own(object: Obj, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readObject(value: unknown, path: string): Checked<Obj> {
  return isObject(value) ? value : new Invalid(path, 'must be an object');
}

function readString(value: unknown, path: string, max: number = LIMITS.stringLength): Checked<string> {
  if (typeof value !== 'string') return new Invalid(path, 'must be text');
  if (value.length > max) return new Invalid(path, `is longer than ${max} characters`);
  return value;
}

function readArray<T>(
  value: unknown,
  path: string,
  max: number,
  readItem: (item: unknown, path: string) => Checked<T>,
): Checked<T[]> {
  if (!Array.isArray(value)) return new Invalid(path, 'must be a list');
  if (value.length > max) return new Invalid(path, `has ${value.length} entries; at most ${max} are allowed`);
  const out: T[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = readItem(value[index], `${path}[${index}]`);
    if (item instanceof Invalid) return item;
    out.push(item);
  }
  return out;
}

function readPolicy(value: unknown, path: string): Checked<PolicySource> {
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const name = readString(own(object, 'n'), `${path}.name`);
  if (name instanceof Invalid) return name;
  const text = own(object, 't');
  const arn = own(object, 'm');
  if (text !== undefined && arn !== undefined) {
    return new Invalid(path, 'has both a text and a managed policy ARN');
  }
  if (arn !== undefined) {
    const managedArn = readString(arn, `${path}.managedArn`);
    if (managedArn instanceof Invalid) return managedArn;
    if (!MANAGED_ARN.test(managedArn)) {
      return new Invalid(`${path}.managedArn`, 'is not the ARN of an AWS managed policy');
    }
    return { name, managedArn };
  }
  const checkedText = readString(text, `${path}.text`, LIMITS.textLength);
  return checkedText instanceof Invalid ? checkedText : { name, text: checkedText };
}

function readNullablePolicy(value: unknown, path: string): Checked<PolicySource | null> {
  return value === null ? null : readPolicy(value, path);
}

function readResourcePolicy(value: unknown, path: string): Checked<SharedResourcePolicy | null> {
  if (value === null) return null;
  const policy = readPolicy(value, path);
  if (policy instanceof Invalid) return policy;
  const kind = own(value as Obj, 'k');
  if (!RESOURCE_POLICY_KINDS.includes(kind as ResourcePolicyKind)) {
    return new Invalid(`${path}.kind`, `must be one of ${RESOURCE_POLICY_KINDS.join(', ')}`);
  }
  return { ...policy, kind: kind as ResourcePolicyKind };
}

function readLevel(value: unknown, path: string): Checked<SharedOrgLevel> {
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const target = readString(own(object, 't'), `${path}.target`);
  if (target instanceof Invalid) return target;
  const policies = readArray(own(object, 'p'), `${path}.policies`, LIMITS.policiesPerLevel, readPolicy);
  return policies instanceof Invalid ? policies : { target, policies };
}

function readContextValue(value: unknown, path: string): Checked<ContextValue> {
  if (typeof value === 'string') return readString(value, path);
  if (Array.isArray(value)) return readArray(value, path, LIMITS.contextValues, readString);
  return new Invalid(path, 'must be text or a list of texts');
}

function readContext(value: unknown, path: string): Checked<Record<string, ContextValue>> {
  if (value === undefined) return {};
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const keys = Object.keys(object);
  if (keys.length > LIMITS.contextKeys) {
    return new Invalid(path, `has ${keys.length} keys; at most ${LIMITS.contextKeys} are allowed`);
  }
  const entries: [string, ContextValue][] = [];
  for (const key of keys) {
    const keyPath = `${path}[${JSON.stringify(key)}]`;
    if (key.length > LIMITS.stringLength) return new Invalid(keyPath, 'is too long a key');
    const entry = readContextValue(object[key], keyPath);
    if (entry instanceof Invalid) return entry;
    entries.push([key, entry]);
  }
  // fromEntries defines own data properties: a `__proto__` key stays a key, not a prototype.
  return Object.fromEntries(entries);
}

const DECISIONS: readonly Decision[] = ['Allowed', 'ExplicitDeny', 'ImplicitDeny'];

function readExpectation(value: unknown, path: string): Checked<RequestExpectation | undefined> {
  if (value === undefined) return undefined;
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const decision = own(object, 'd');
  if (!DECISIONS.includes(decision as Decision)) {
    return new Invalid(`${path}.decision`, `must be one of ${DECISIONS.join(', ')}`);
  }
  const deniedBy = own(object, 'b');
  if (deniedBy === undefined) return { decision: decision as Decision };
  if (!(LAYERS as readonly unknown[]).includes(deniedBy)) {
    return new Invalid(`${path}.deniedBy`, `must be one of ${LAYERS.join(', ')}`);
  }
  return { decision: decision as Decision, deniedBy: deniedBy as Layer };
}

function readRequest(value: unknown, path: string): Checked<SharedRequest> {
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const action = readString(own(object, 'a'), `${path}.action`);
  if (action instanceof Invalid) return action;
  const resource = readString(own(object, 'r'), `${path}.resource`);
  if (resource instanceof Invalid) return resource;
  const context = readContext(own(object, 'c'), `${path}.context`);
  if (context instanceof Invalid) return context;
  const rawAccount = own(object, 'ra');
  const resourceAccount =
    rawAccount === undefined ? undefined : readString(rawAccount, `${path}.resourceAccount`);
  if (resourceAccount instanceof Invalid) return resourceAccount;
  const via = own(object, 'v');
  if (via !== undefined && typeof via !== 'boolean') {
    return new Invalid(`${path}.viaVpcEndpoint`, 'must be true or false');
  }
  const expect = readExpectation(own(object, 'e'), `${path}.expect`);
  if (expect instanceof Invalid) return expect;
  return {
    action,
    resource,
    ...(resourceAccount === undefined ? {} : { resourceAccount }),
    context,
    ...(via === undefined ? {} : { viaVpcEndpoint: via }),
    ...(expect === undefined ? {} : { expect }),
  };
}

function readFilters(value: unknown, path: string): Checked<TableFilters> {
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const out: { -readonly [K in keyof TableFilters]: string } = {};
  for (const [wireKey, key] of FILTER_WIRE_KEYS) {
    const raw = own(object, wireKey);
    if (raw === undefined) continue;
    const filter = readString(raw, `${path}.${key}`);
    if (filter instanceof Invalid) return filter;
    out[key] = filter;
  }
  return out;
}

function readLevels(value: unknown, path: string): Checked<SharedOrgLevel[]> {
  return readArray(value, path, LIMITS.orgLevels, readLevel);
}

/** Reads one policy slot in its shape (see `src/engine/scenario/slots.ts`). */
function readSlot(slot: PolicySlot, value: unknown, path: string): Checked<unknown> {
  switch (slot.shape) {
    case 'list':
      return readArray(value, path, LIMITS.identityPolicies, readPolicy);
    case 'levels':
      return readLevels(value, path);
    case 'single':
      return slot.hasKind ? readResourcePolicy(value, path) : readNullablePolicy(value, path);
  }
}

function readNullableString(value: unknown, path: string): Checked<string | null> {
  return value === null ? null : readString(value, path);
}

/** Reads one top-level field when present; returns the default when the payload lacks it. */
function field<T>(
  payload: Obj,
  wireKey: string,
  path: string,
  fallback: T,
  read: (value: unknown, path: string) => Checked<T>,
): Checked<T> {
  const value = own(payload, wireKey);
  return value === undefined ? fallback : read(value, path);
}

/**
 * Validates a format-1 wire payload and merges it onto `DEFAULT_SHARED_STATE`. Never throws;
 * unknown keys are ignored.
 */
export function readWirePayload(raw: unknown, path = 'the payload', nested = false): PayloadResult {
  const payload = readObject(raw, path);
  if (payload instanceof Invalid) return { ok: false, problem: payload };
  const d = DEFAULT_SHARED_STATE;
  // Fields are checked in a fixed order so the reported problem is stable.
  const principal = field(payload, 'p', 'principal', d.principal, readString);
  if (principal instanceof Invalid) return { ok: false, problem: principal };
  const issuer = field(payload, 'si', 'sessionIssuer', d.sessionIssuer ?? null, readNullableString);
  if (issuer instanceof Invalid) return { ok: false, problem: issuer };
  const management = field(
    payload,
    'o',
    'organization.managementAccount',
    d.organization?.managementAccount ?? null,
    readNullableString,
  );
  if (management instanceof Invalid) return { ok: false, problem: management };
  const slots: Record<string, unknown> = {};
  for (const slot of POLICY_SLOTS) {
    const read = field(payload, slot.wireKey, slot.field, d[slot.field] as unknown, (v, p) =>
      readSlot(slot, v, p),
    );
    if (read instanceof Invalid) return { ok: false, problem: read };
    slots[slot.field] = read;
  }
  const requests = field(payload, 'q', 'requests', d.requests, (v, p) =>
    readArray(v, p, LIMITS.requests, readRequest),
  );
  if (requests instanceof Invalid) return { ok: false, problem: requests };
  const tab = field(payload, 't', 'tab', d.tab, readString);
  if (tab instanceof Invalid) return { ok: false, problem: tab };
  const selectedAction = field(payload, 'a', 'selectedAction', d.selectedAction, readNullableString);
  if (selectedAction instanceof Invalid) return { ok: false, problem: selectedAction };
  const filters = field(payload, 'f', 'filters', d.filters, readFilters);
  if (filters instanceof Invalid) return { ok: false, problem: filters };
  // A baseline's own baseline is ignored: a link holds one comparison, never a chain.
  const baseline = nested ? undefined : field(payload, 'cw', 'baseline', undefined, readBaseline);
  if (baseline instanceof Invalid) return { ok: false, problem: baseline };
  const state: SharedState = {
    principal,
    ...(issuer === null ? {} : { sessionIssuer: issuer }),
    ...(management === null ? {} : { organization: { managementAccount: management } }),
    ...(slots as unknown as PolicySlots<PolicySource>),
    requests,
    tab,
    selectedAction,
    filters,
    ...(baseline === undefined ? {} : { baseline }),
  };
  return { ok: true, state };
}

function readBaseline(value: unknown, path: string): Checked<SharedBaseline | undefined> {
  const object = readObject(value, path);
  if (object instanceof Invalid) return object;
  const label = readString(own(object, 'l'), `${path}.label`);
  if (label instanceof Invalid) return label;
  const inner = `${path}.state`;
  const read = readWirePayload(own(object, 's'), inner, true);
  if (read.ok) return { label, state: read.state };
  // The nested fields name themselves from the top; say they are the baseline's.
  const where = read.problem.path.startsWith(inner) ? read.problem.path : `${inner}.${read.problem.path}`;
  return new Invalid(where, read.problem.problem);
}
