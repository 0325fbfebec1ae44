/**
 * Turns what a person picks in "Compare with…" into a baseline scenario: the work as this
 * session opened it, a link (or a gallery example's `#example=` link), or a scenario file.
 * Links and examples go through the same mapping as opening them (a scratch store), so a
 * baseline reads exactly as the scenario would if it were opened.
 */
import { isAwsManagedPolicyArn, parseScenarioText, type Scenario } from '../engine';
import type { SharedState } from '../permalink';
import { selectScenario } from '../state/selectors';
import type { Baseline } from '../state/slices/comparison';
import { createPlaygroundStore } from '../state/store';
import type { LibraryLoader, ManagedTexts } from './managedTexts';
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

/** A shared state as the engine's scenario, through a scratch store (the one mapping). */
async function scenarioOfState(state: SharedState, context: BaselineContext): Promise<Scenario> {
  const scratch = createPlaygroundStore();
  await applySharedState(scratch, state, context.managed, context.loadLibrary);
  return selectScenario(scratch.getState());
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
  return { ok: true, baseline: { label: `the file ${name}`, scenario: result.scenario } };
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
        const scenario = await scenarioOfState(start, context);
        return { ok: true, baseline: { label: 'the scenario as this session opened it', scenario } };
      }
      case 'link': {
        const target = resolveHash(fragmentOf(source.text), (arn) => context.managed.get(arn));
        if (target.kind === 'none')
          return { ok: false, message: 'Paste a playground link or an example link.' };
        if (target.kind === 'error') return { ok: false, message: target.message };
        const scenario = await scenarioOfState(target.state, context);
        const label =
          target.exampleId === undefined ? 'the linked scenario' : `the example ${target.exampleId}`;
        return { ok: true, baseline: { label, scenario } };
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
