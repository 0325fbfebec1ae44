/**
 * What opening the page (or a new fragment) should do: which state to show, what to keep in the
 * backup slot, and what to tell the person. Pure, so the precedence rules are unit-tested:
 * a link in the URL wins, else the saved work, else the example scenario; a link never replaces
 * work silently, and a broken link never replaces it at all.
 */
import { EXAMPLES, findExample } from '../examples';
import {
  decodePermalink,
  DEFAULT_SHARED_STATE,
  encodePermalink,
  parseHashRoute,
  type SharedState,
} from '../permalink';
import { exampleToSharedState } from './examples';
import type { ManagedTextLookup } from './mapping';

/** What a URL fragment asks for, decoded. */
export type LinkTarget =
  | { readonly kind: 'none' }
  /** A state to open; `exampleId` when it is a gallery example (whose story the app shows). */
  | { readonly kind: 'open'; readonly state: SharedState; readonly exampleId?: string }
  | { readonly kind: 'error'; readonly message: string };

/** Decodes a fragment such as `location.hash`. Never throws. */
export function resolveHash(hash: string, managedText: ManagedTextLookup): LinkTarget {
  const route = parseHashRoute(hash);
  switch (route.kind) {
    case 'empty':
      return { kind: 'none' };
    case 'unknown':
      return { kind: 'error', message: route.message };
    case 'example': {
      const example = findExample(route.id);
      return example
        ? { kind: 'open', state: exampleToSharedState(example, managedText), exampleId: example.id }
        : {
            kind: 'error',
            message: `This link names an example the playground does not have (${route.id}).`,
          };
    }
    case 'state':
    case 'legacy': {
      const decoded = decodePermalink(route.encoded);
      return decoded.ok
        ? { kind: 'open', state: decoded.state }
        : { kind: 'error', message: decoded.error.message };
    }
  }
}

/** Whether two states are the same scenario and view (links are deterministic). */
export function sameState(a: SharedState, b: SharedState): boolean {
  return encodePermalink(a) === encodePermalink(b);
}

/**
 * A predicate "is this state one the app can give back at any time" (the example scenario or a
 * gallery example untouched), whose loss needs no backup.
 */
export function createPristineCheck(managedText: ManagedTextLookup): (state: SharedState) => boolean {
  let known: Set<string> | null = null;
  return (state) => {
    known ??= new Set([
      encodePermalink(DEFAULT_SHARED_STATE),
      ...EXAMPLES.map((e) => encodePermalink(exampleToSharedState(e, managedText))),
    ]);
    return known.has(encodePermalink(state));
  };
}

/** What to do. */
export interface OpenPlan {
  /** The state to show; the same object as `previous` when the work stays as it was. */
  readonly show: SharedState | null;
  /** Work to keep in the backup slot because `show` replaces it. */
  readonly backup: SharedState | null;
  /** Why the link could not be opened, for the banner. */
  readonly error: string | null;
}

/**
 * Decides what opening `target` does to `previous`: the saved work at start-up, or the current
 * work when the fragment changes.
 */
export function planOpen(
  target: LinkTarget,
  previous: SharedState | null,
  pristine: (state: SharedState) => boolean,
): OpenPlan {
  if (target.kind === 'none') return { show: previous, backup: null, error: null };
  if (target.kind === 'error') {
    const kept = previous ? ' Your work was kept as it was.' : '';
    return { show: previous, backup: null, error: `${target.message}${kept}` };
  }
  const keep = previous !== null && !pristine(previous) && !sameState(previous, target.state);
  return { show: target.state, backup: keep ? previous : null, error: null };
}
