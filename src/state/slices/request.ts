import type { StateCreator } from 'zustand';

import type { AwsSaid, ContextValue, RequestExpectation } from '../../engine';
import { createLinkGate } from '../linkGate';
import type { PlaygroundState } from '../store';

/** One context key of a simulated request; several values make it multivalued. */
export interface ContextRow {
  readonly id: string;
  readonly key: string;
  readonly values: readonly string[];
  /** True when the key is multivalued (sent as a list even with one value). */
  readonly multivalued: boolean;
}

/**
 * What AWS said about a request pasted as an AccessDenied message or a CloudTrail event. Kept on
 * the request while it exists, and never in links or the autosave: a link carries the scenario,
 * and what AWS printed in someone's account is not part of it.
 */
export interface PastedDenial {
  readonly said: AwsSaid;
  /** The caller AWS named; null when the text names none. */
  readonly principal: string | null;
  /** The role (or IAM user) behind a session, from a CloudTrail event. */
  readonly sessionIssuer?: string;
  /** The parser's notes: what it assumed, left out, or could not read. */
  readonly notes: readonly string[];
}

/** A request of the scenario's suite, as the simulator edits it. */
export interface SimulatedRequest {
  /** Stable identifier within the page, for lists and selection. */
  readonly id: string;
  readonly action: string;
  readonly resource: string;
  /** Empty: the resource ARN's account, else the caller's. */
  readonly resourceAccount: string;
  readonly context: readonly ContextRow[];
  /** Whether it goes through the VPC endpoint; absent: it does when there is an endpoint policy. */
  readonly viaVpcEndpoint?: boolean;
  /** What it should give, when it is a test. */
  readonly expect?: RequestExpectation;
  /** What AWS said, when the request came from a pasted message; dropped when its action or resource is edited. */
  readonly pasted?: PastedDenial;
}

/** The request slice: the scenario's requests, evaluated as a suite. */
export interface RequestSlice {
  /**
   * Every request of the scenario, in order.
   * @default [s3:ListAllMyBuckets on *]
   */
  requests: readonly SimulatedRequest[];
  /**
   * The request the simulator shows and edits.
   * @default the first request
   */
  selectedRequestId: string;
}

/** What a request is made of, without its identifiers. */
export type RequestFields = Omit<SimulatedRequest, 'id'>;

/**
 * Actions of the request slice; the ones without an id act on the selected request. Each change
 * goes through the link gate (`../linkGate.ts`): past what a link can hold (1000 requests, 200
 * context keys…) it is not made, and the `limit` banner says why.
 */
export interface RequestActions {
  /** Changes fields of the selected request. */
  updateRequest(change: Partial<RequestFields>): void;
  addContextRow(key?: string): void;
  updateContextRow(id: string, change: Partial<Omit<ContextRow, 'id'>>): void;
  removeContextRow(id: string): void;
  /**
   * Gives the selected request these context values: a key it has is set to the value (the
   * key's first row; its other rows are removed), any other key is added as a row.
   */
  setContextValues(values: Readonly<Record<string, ContextValue>>): void;
  /**
   * Adds a request (after the selected one), selects it and returns the selected request's id:
   * the new one's, or the one selected before when the gate refused it.
   */
  addRequest(fields?: Partial<RequestFields>): string;
  /** Copies a request right after it, selects the copy and returns the selected request's id. */
  duplicateRequest(id: string): string;
  /** Removes a request; the suite always keeps at least one. */
  removeRequest(id: string): void;
  /** Moves a request one place up (-1) or down (+1). */
  moveRequest(id: string, by: -1 | 1): void;
  selectRequest(id: string): void;
  /** Replaces every request (examples, links, imports); selects the first. */
  replaceRequests(requests: readonly RequestFields[]): void;
}

/** The simulator's starting request: the call the example scenario denies. */
export const DEFAULT_REQUEST: RequestFields = {
  action: 's3:ListAllMyBuckets',
  resource: '*',
  resourceAccount: '',
  context: [],
};

let counter = 0;
/** An identifier unique within this page. */
function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Context values as simulator rows: a list is a multivalued key. */
export function rowsOfContext(values: Readonly<Record<string, ContextValue>>): ContextRow[] {
  return Object.entries(values).map(([key, value]) => ({
    id: nextId('ctx'),
    key,
    values: typeof value === 'string' ? [value] : [...value],
    multivalued: typeof value !== 'string',
  }));
}

/** `rows` with each key of `values` set: its first row replaced, its other rows dropped, new keys added. */
function withContextValues(
  rows: readonly ContextRow[],
  values: Readonly<Record<string, ContextValue>>,
): ContextRow[] {
  // Condition keys are case-insensitive: `aws:sourceip` is the row of `aws:SourceIp`.
  const fresh = new Map(rowsOfContext(values).map((row) => [row.key.toLowerCase(), row]));
  const placed = new Set<string>();
  const out: ContextRow[] = [];
  for (const row of rows) {
    const key = row.key.trim().toLowerCase();
    const replacement = fresh.get(key);
    if (replacement === undefined) out.push(row);
    else if (!placed.has(key)) {
      placed.add(key);
      out.push({ ...replacement, id: row.id });
    }
  }
  for (const [key, row] of fresh) if (!placed.has(key)) out.push(row);
  return out;
}

/** A request with fresh identifiers for itself and its context rows. */
export function withIds(fields: RequestFields): SimulatedRequest {
  return {
    ...fields,
    id: nextId('request'),
    context: fields.context.map((row) => ({ ...row, id: nextId('ctx') })),
  };
}

/** The selected request, or the first when the selection is stale. */
export function selectedRequestOf(state: RequestSlice): SimulatedRequest {
  return (
    state.requests.find((r) => r.id === state.selectedRequestId) ?? (state.requests[0] as SimulatedRequest)
  );
}

/** Creates the request slice. */
export function createRequestSlice(initial: {
  requests?: readonly RequestFields[];
}): StateCreator<PlaygroundState, [], [], RequestSlice & { actions: RequestActions }> {
  const first =
    (initial.requests?.length ?? 0) > 0 ? (initial.requests as RequestFields[]) : [DEFAULT_REQUEST];
  const requests = first.map(withIds);
  return (set, get) => {
    const commit = createLinkGate(set, get);
    const change = (id: string, update: (r: SimulatedRequest) => SimulatedRequest) =>
      commit((s) => ({ requests: s.requests.map((r) => (r.id === id ? update(r) : r)) }));
    const changeSelected = (update: (r: SimulatedRequest) => SimulatedRequest) =>
      change(selectedRequestOf(get()).id, update);
    const insertAfter = (id: string, request: SimulatedRequest) =>
      commit((s) => {
        const at = s.requests.findIndex((r) => r.id === id);
        const list = [...s.requests];
        list.splice(at < 0 ? list.length : at + 1, 0, request);
        return { requests: list, selectedRequestId: request.id };
      });
    return {
      requests,
      selectedRequestId: (requests[0] as SimulatedRequest).id,
      actions: {
        updateRequest: (fields) => {
          changeSelected((r) => {
            const next = { ...r, ...fields };
            // AWS's words were about the request as pasted: another action or resource is another request.
            const edited = next.action !== r.action || next.resource !== r.resource;
            if (!edited || r.pasted === undefined || fields.pasted !== undefined) return next;
            const { pasted: _dropped, ...rest } = next;
            return rest;
          });
        },
        addContextRow: (key = '') => {
          const row: ContextRow = { id: nextId('ctx'), key, values: [''], multivalued: false };
          changeSelected((r) => ({ ...r, context: [...r.context, row] }));
        },
        updateContextRow: (id, fields) =>
          changeSelected((r) => ({
            ...r,
            context: r.context.map((row) => (row.id === id ? { ...row, ...fields } : row)),
          })),
        removeContextRow: (id) =>
          changeSelected((r) => ({ ...r, context: r.context.filter((row) => row.id !== id) })),
        setContextValues: (values) =>
          changeSelected((r) => ({ ...r, context: withContextValues(r.context, values) })),
        addRequest: (fields = {}) => {
          const request = withIds({ ...DEFAULT_REQUEST, action: '', ...fields });
          insertAfter(get().selectedRequestId, request);
          return get().selectedRequestId;
        },
        duplicateRequest: (id) => {
          const source = get().requests.find((r) => r.id === id);
          if (source === undefined) return get().selectedRequestId;
          const copy = withIds(source);
          insertAfter(id, copy);
          return get().selectedRequestId;
        },
        removeRequest: (id) => {
          commit((s) => {
            if (s.requests.length <= 1) return {};
            const at = s.requests.findIndex((r) => r.id === id);
            if (at < 0) return {};
            const list = s.requests.filter((r) => r.id !== id);
            const selected =
              s.selectedRequestId === id
                ? (list[Math.min(at, list.length - 1)] as SimulatedRequest).id
                : s.selectedRequestId;
            return { requests: list, selectedRequestId: selected };
          });
        },
        moveRequest: (id, by) => {
          commit((s) => {
            const at = s.requests.findIndex((r) => r.id === id);
            const to = at + by;
            if (at < 0 || to < 0 || to >= s.requests.length) return {};
            const list = [...s.requests];
            [list[at], list[to]] = [list[to] as SimulatedRequest, list[at] as SimulatedRequest];
            return { requests: list };
          });
        },
        selectRequest: (id) =>
          set((s) => (s.requests.some((r) => r.id === id) ? { selectedRequestId: id } : {})),
        replaceRequests: (list) => {
          const fresh = (list.length > 0 ? list : [DEFAULT_REQUEST]).map(withIds);
          commit({ requests: fresh, selectedRequestId: (fresh[0] as SimulatedRequest).id });
        },
      },
    };
  };
}
