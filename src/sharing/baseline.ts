/**
 * Turns what a person picks in "Compare with…" into a baseline scenario: the work as this
 * session opened it, a link (or a gallery example's `#example=` link), or a scenario file.
 * Links and examples go through the same mapping as opening them (a scratch store), so a
 * baseline reads exactly as the scenario would if it were opened.
 */
import { isAwsManagedPolicyArn, parseScenarioText } from '../engine';
import { sharedStateProblem, type SharedState } from '../permalink';
import { selectScenario } from '../state/selectors';
import type { Baseline } from '../state/slices/comparison';
import { createPlaygroundStore } from '../state/store';
import type { LibraryLoader, ManagedTexts } from './managedTexts';
import { scenarioToSharedState } from './examples';
import { applySharedState } from './mapping';
import { resolveHash } from './startup';

/** Where a baseline comes from. */
export type BaselineSource =
  /** The work as this session opened it (the link, saved work or example it started from). */
  | { readonly kind: 'session' }
  /** A link, its fragment, or `#example=<id>`. */
  | { readonly kind: 'link'; readonly text: string }
  /** A scenario file's text (the format `iam-playground` reads). */
  | { readonly kind: 'file'; readonly name: string; readonly text: string };

/** A baseline, or why there is none (one sentence). */
export type BaselineResult =
  { readonly ok: true; readonly baseline: Baseline } | { readonly ok: false; readonly message: string };

/** What resolving a baseline needs from the sharing layer. */
export interface BaselineContext {
  readonly managed: ManagedTexts;
  readonly loadLibrary: LibraryLoader;
  /** The state the session opened with, once it is known. */
  readonly sessionStart: () => SharedState | null;
}

/**
 * A shared state as a baseline, its scenario read through a scratch store (the one mapping).
 * One a link could not hold (past a cap) is refused: the app's own link must reopen it.
 */
export async function baselineOfState(
  label: string,
  state: SharedState,
  context: BaselineContext,
): Promise<BaselineResult> {
  const { baseline: _nested, ...own } = state;
  const problem = sharedStateProblem(own);
  if (problem !== null)
    return { ok: false, message: `The baseline is too large to compare with: ${problem}.` };
  const scratch = createPlaygroundStore();
  await applySharedState(scratch, own, context.managed, context.loadLibrary);
  return { ok: true, baseline: { label, state: own, scenario: selectScenario(scratch.getState()) } };
}

/** The fragment of a pasted link: what follows `#`, or the whole text when it has none. */
function fragmentOf(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  return hash < 0 ? `#${trimmed}` : trimmed.slice(hash);
}

/** Every `"arn"` string naming an AWS managed policy, anywhere in a parsed file. */
function managedArnsIn(value: unknown, found: Set<string>, depth = 0): Set<string> {
  if (depth > 64 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const item of value) managedArnsIn(item, found, depth + 1);
    return found;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'arn' && typeof item === 'string' && isAwsManagedPolicyArn(item)) found.add(item);
    else managedArnsIn(item, found, depth + 1);
  }
  return found;
}

async function fileBaseline(name: string, text: string, context: BaselineContext): Promise<BaselineResult> {
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    // parseScenarioText below says where the syntax is wrong.
  }
  const problems = await context.managed.ensure([...managedArnsIn(parsed, new Set())], context.loadLibrary);
  if (problems.length > 0) return { ok: false, message: problems[0] as string };
  const result = parseScenarioText(text, { managedDocument: (arn) => context.managed.get(arn) });
  const error = result.diagnostics.find((d) => d.severity === 'error');
  if (result.scenario === null || error !== undefined) {
    return { ok: false, message: `${name}: ${error?.message ?? 'not a scenario file'}` };
  }
  const state = scenarioToSharedState(result.scenario, (arn) => context.managed.get(arn));
  return baselineOfState(`the file ${name}`, state, context);
}

/** Resolves a baseline source. Never rejects. */
export async function resolveBaseline(
  source: BaselineSource,
  context: BaselineContext,
): Promise<BaselineResult> {
  try {
    switch (source.kind) {
      case 'session': {
        const start = context.sessionStart();
        if (start === null) return { ok: false, message: 'The session has not finished opening yet.' };
        return await baselineOfState('the scenario as this session opened it', start, context);
      }
      case 'link': {
        const target = resolveHash(fragmentOf(source.text), (arn) => context.managed.get(arn));
        if (target.kind === 'none')
          return { ok: false, message: 'Paste a playground link or an example link.' };
        if (target.kind === 'error') return { ok: false, message: target.message };
        const label =
          target.exampleId === undefined ? 'the linked scenario' : `the example ${target.exampleId}`;
        return await baselineOfState(label, target.state, context);
      }
      case 'file':
        return await fileBaseline(source.name, source.text, context);
    }
  } catch (error) {
    return {
      ok: false,
      message: `The baseline could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
