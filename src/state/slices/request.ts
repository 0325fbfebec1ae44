import type { StateCreator } from 'zustand';

import type { PlaygroundState } from '../store';

/** One context key of the simulated request; several values make it multivalued. */
export interface ContextRow {
  readonly id: string;
  readonly key: string;
  readonly values: readonly string[];
  /** True when the key is multivalued (sent as a list even with one value). */
  readonly multivalued: boolean;
}

/** The request the simulator evaluates. */
export interface SimulatedRequest {
  readonly action: string;
  readonly resource: string;
  /** Empty: the resource ARN's account, else the caller's. */
  readonly resourceAccount: string;
  readonly context: readonly ContextRow[];
}

/** The request slice. */
export interface RequestSlice {
  /**
   * The simulated request.
   * @default s3:ListAllMyBuckets on *
   */
  request: SimulatedRequest;
}

/** Actions of the request slice. */
export interface RequestActions {
  /** Changes fields of the simulated request. */
  updateRequest(change: Partial<SimulatedRequest>): void;
  addContextRow(key?: string): void;
  updateContextRow(id: string, change: Partial<Omit<ContextRow, 'id'>>): void;
  removeContextRow(id: string): void;
}

/** The simulator's starting request: the call the example scenario denies. */
export const DEFAULT_REQUEST: SimulatedRequest = {
  action: 's3:ListAllMyBuckets',
  resource: '*',
  resourceAccount: '',
  context: [],
};

let rows = 0;

/** Creates the request slice. */
export function createRequestSlice(
  initial: Partial<RequestSlice>,
): StateCreator<PlaygroundState, [], [], RequestSlice & { actions: RequestActions }> {
  return (set) => ({
    request: initial.request ?? DEFAULT_REQUEST,
    actions: {
      updateRequest: (change) => set((s) => ({ request: { ...s.request, ...change } })),
      addContextRow: (key = '') => {
        rows += 1;
        const row: ContextRow = { id: `ctx-${rows}`, key, values: [''], multivalued: false };
        set((s) => ({ request: { ...s.request, context: [...s.request.context, row] } }));
      },
      updateContextRow: (id, change) =>
        set((s) => ({
          request: {
            ...s.request,
            context: s.request.context.map((r) => (r.id === id ? { ...r, ...change } : r)),
          },
        })),
      removeContextRow: (id) =>
        set((s) => ({ request: { ...s.request, context: s.request.context.filter((r) => r.id !== id) } })),
    },
  });
}
