/**
 * The wire form of format 1: the JSON object that is compressed into a link (and stored by the
 * autosave). Keys are short because every byte of a link counts; `README.md` in this folder lists
 * them. Links omit every top-level field equal to `DEFAULT_SHARED_STATE`; `null` in a field means
 * "none" (no boundary, no session issuer…), so a default can be switched off. Each policy slot
 * (`src/engine/scenario/slots.ts`) is written under its `wireKey`, in the shape of the slot.
 */
import { POLICY_SLOTS, type ContextValue, type Decision, type Layer, type PolicySlot } from '../engine';
import {
  DEFAULT_SHARED_STATE,
  FILTER_WIRE_KEYS,
  type PolicySource,
  type SharedOrgLevel,
  type SharedRequest,
  type SharedState,
} from './schema';

/** A policy source on the wire: `n` name, then `t` text or `m` managed policy ARN. */
export type WirePolicy = { n: string; t: string } | { n: string; m: string };

/** A resource policy on the wire: a policy plus `k` kind. */
export type WireResourcePolicy = WirePolicy & { k: string };

/** An organization level on the wire: `t` target, `p` policies. */
export interface WireOrgLevel {
  t: string;
  p: WirePolicy[];
}

/** A request's expectation on the wire: `d` decision, `b` the denying layer. */
export interface WireExpectation {
  d: Decision;
  b?: Layer;
}

/**
 * A request on the wire: `a` action, `r` resource, `ra` resource account, `c` context (omitted
 * when empty), `v` whether it goes through the VPC endpoint, `e` its expectation.
 */
export interface WireRequest {
  a: string;
  r: string;
  ra?: string;
  c?: Record<string, ContextValue>;
  v?: boolean;
  e?: WireExpectation;
}

/** Table filters on the wire, keyed as `FILTER_WIRE_KEYS` says. */
export type WireFilters = { [K in (typeof FILTER_WIRE_KEYS)[number][0]]?: string };

/** What one slot holds on the wire. */
export type WireSlotValue = WirePolicy[] | WirePolicy | WireResourcePolicy | WireOrgLevel[] | null;

/**
 * The format-1 payload. Every key is optional: an absent key takes the default. `o` is the
 * organization's management account; the policy slots sit under their wire keys.
 */
export interface WirePayload {
  p?: string;
  si?: string | null;
  o?: string | null;
  [slotKey: string]: WireSlotValue | string | WireRequest[] | WireFilters | WireBaseline | null | undefined;
  q?: WireRequest[];
  t?: string;
  a?: string | null;
  f?: WireFilters;
  /** The baseline compared with ("compare with"): its label and its scenario as a payload of its own. */
  cw?: WireBaseline;
}

/** A baseline on the wire: `l` its label, `s` its state (fields equal to the default left out). */
export interface WireBaseline {
  l: string;
  s: WirePayload;
}

function wirePolicy(source: PolicySource): WirePolicy {
  return 'managedArn' in source
    ? { n: source.name, m: source.managedArn }
    : { n: source.name, t: source.text };
}

function wireLevel(level: SharedOrgLevel): WireOrgLevel {
  return { t: level.target, p: level.policies.map(wirePolicy) };
}

/** One slot of a state in wire form. */
function wireSlot(slot: PolicySlot, state: SharedState): WireSlotValue {
  const value = state[slot.field];
  switch (slot.shape) {
    case 'list':
      return (value as readonly PolicySource[]).map(wirePolicy);
    case 'levels':
      return (value as readonly SharedOrgLevel[]).map(wireLevel);
    case 'single': {
      if (value === null) return null;
      const policy = value as PolicySource & { kind?: string };
      return slot.hasKind ? { ...wirePolicy(policy), k: policy.kind as string } : wirePolicy(policy);
    }
  }
}

function wireRequest(request: SharedRequest): WireRequest {
  const out: WireRequest = { a: request.action, r: request.resource };
  if (request.resourceAccount !== undefined) out.ra = request.resourceAccount;
  const entries = Object.entries(request.context);
  // fromEntries defines own properties, so a `__proto__` context key stays plain data.
  if (entries.length > 0) out.c = Object.fromEntries(entries.map(([key, value]) => [key, copyValue(value)]));
  if (request.viaVpcEndpoint !== undefined) out.v = request.viaVpcEndpoint;
  if (request.expect !== undefined) {
    out.e = { d: request.expect.decision };
    if (request.expect.deniedBy !== undefined) out.e.b = request.expect.deniedBy;
  }
  return out;
}

function copyValue(value: ContextValue): ContextValue {
  return typeof value === 'string' ? value : [...value];
}

function wireFilters(filters: SharedState['filters']): WireFilters {
  const out: WireFilters = {};
  for (const [wireKey, key] of FILTER_WIRE_KEYS) {
    const value = filters[key];
    if (value !== undefined) out[wireKey] = value;
  }
  return out;
}

/** Every field of a state in wire form, in a fixed key order so encoding is deterministic. */
function fullPayload(state: SharedState): WirePayload {
  const out: WirePayload = {
    p: state.principal,
    si: state.sessionIssuer ?? null,
    o: state.organization?.managementAccount ?? null,
  };
  for (const slot of POLICY_SLOTS) out[slot.wireKey] = wireSlot(slot, state);
  out.q = state.requests.map(wireRequest);
  out.t = state.tab;
  out.a = state.selectedAction;
  out.f = wireFilters(state.filters);
  // Compactly, like a link: only what differs from the default scenario; never nested deeper.
  if (state.baseline !== undefined) {
    const { baseline: _nested, ...baselineState } = state.baseline.state;
    out.cw = { l: state.baseline.label, s: toWirePayload(baselineState, true) };
  }
  return out;
}

let defaultFields: ReadonlyMap<string, string> | null = null;

/** The default state's fields, each serialised once, for the "differs from default" test. */
function defaultFieldTexts(): ReadonlyMap<string, string> {
  defaultFields ??= new Map(
    Object.entries(fullPayload(DEFAULT_SHARED_STATE)).map(([key, value]) => [key, JSON.stringify(value)]),
  );
  return defaultFields;
}

/**
 * The wire payload of `state`. With `omitDefaults` (links), top-level fields equal to the
 * default state are left out; without it (autosave), every field is written, so stored work
 * does not depend on the defaults.
 */
export function toWirePayload(state: SharedState, omitDefaults: boolean): WirePayload {
  const full = fullPayload(state);
  if (!omitDefaults) return full;
  const defaults = defaultFieldTexts();
  const out: WirePayload = {};
  for (const [key, value] of Object.entries(full)) {
    if (JSON.stringify(value) !== defaults.get(key)) out[key] = value;
  }
  return out;
}
