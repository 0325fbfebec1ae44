/**
 * What the evaluation worker does with each request. Pure of any worker API, so the same
 * handler runs inside the worker and, as a fallback, on the main thread.
 */
import type { Catalog, ServiceDetails } from '../catalog';
import {
  AnalysisStopped,
  checkAgainstCatalog,
  checkGuardrails,
  compileScenario,
  createCatalogView,
  evaluateRequest,
  parseScenario,
  servicesToLoad,
  type CatalogView,
  type Diagnostic,
  type ParseResult,
} from '../engine';
import { timeoutMessage, type RequestHandler } from './client';
import type {
  DocumentToCheck,
  EvaluationSnapshot,
  GuardrailsOutcome,
  WorkerRequest,
  WorkerResponse,
} from './protocol';
import { buildAnalysisSnapshot, explainAction } from './analysis';
import { createFixService } from './fixes';
import { createParseCache } from './parseCache';

/** The catalog views the catalog checks run against. */
interface CatalogChecker {
  /** The view once the details of every service `prefixes` names are loaded (each loaded once). */
  load(prefixes: readonly string[]): Promise<CatalogView>;
  /** The view if nothing `prefixes` names waits to load, without waiting; else null. */
  loaded(prefixes: readonly string[]): CatalogView | null;
}

/**
 * Catalog-aware checks need the details of the services a policy names; they are loaded once
 * each, and the view over them is rebuilt only when a new service arrives (the checks cache
 * their answers per view).
 */
function createCatalogChecker(loadCatalog: () => Promise<Catalog>): CatalogChecker {
  const details = new Map<string, ServiceDetails>();
  const failed = new Set<string>();
  let catalog: Catalog | null = null;
  let view: CatalogView | null = null;
  const waiting = (prefixes: readonly string[], from: Catalog) =>
    prefixes.filter((p) => !details.has(p) && !failed.has(p) && from.hasService(p));
  return {
    async load(prefixes) {
      const known = await loadCatalog();
      catalog = known;
      const missing = waiting(prefixes, known);
      const loaded = await Promise.all(missing.map((p) => known.serviceDetails(p)));
      loaded.forEach((result, i) => {
        if (result.ok) details.set(result.value.prefix, result.value);
        else failed.add(missing[i] as string);
      });
      if (!view || missing.length > 0) {
        const globals = await known.globalConditionKeys();
        view = createCatalogView(known, details.values(), globals.ok ? globals.value : undefined);
      }
      return view;
    },
    loaded(prefixes) {
      return catalog !== null && view !== null && waiting(prefixes, catalog).length === 0 ? view : null;
    },
  };
}

// Every request reuses the parses of the ones before (see parseCache.ts).
const parses = createParseCache();

function parseDocument(doc: DocumentToCheck): ParseResult {
  return parses.parse(doc.text, doc.type, { awsManaged: doc.awsManaged });
}

/**
 * Each parse's diagnostics with the catalog view they were checked against. The parse cache hands
 * out the same parse for the same text, so a document that did not change (every one but the
 * document being typed in, AWS managed policies of thousands of actions among them) is not
 * checked again.
 */
const checked = new WeakMap<ParseResult, { view: CatalogView; diagnostics: readonly Diagnostic[] }>();

/** The parser's diagnostics of `doc` plus the catalog checks against `view`. */
function checkedDiagnostics(
  doc: DocumentToCheck,
  parsed: ParseResult,
  view: CatalogView,
): readonly Diagnostic[] {
  const known = checked.get(parsed);
  if (known?.view === view) return known.diagnostics;
  const diagnostics = [...parsed.diagnostics, ...checkAgainstCatalog(parsed, doc.text, view)];
  checked.set(parsed, { view, diagnostics });
  return diagnostics;
}

/**
 * Parses every document: whether any is not valid JSON, and each one's diagnostics, with the
 * catalog checks when the services it names are loaded already (nearly always after the first
 * run). Otherwise the parser's alone, and the `diagnose` request that follows adds the rest: the
 * results never wait for service details, and the editor's problems do not flicker between the
 * two lists while someone types.
 */
function parseDocuments(
  documents: readonly DocumentToCheck[],
  checker: CatalogChecker,
): {
  diagnostics: Record<string, readonly Diagnostic[]>;
  unparsable: boolean;
} {
  const diagnostics: Record<string, readonly Diagnostic[]> = {};
  let unparsable = false;
  for (const doc of documents) {
    const parsed = parseDocument(doc);
    if (parsed.policy === null || parsed.diagnostics.some((d) => d.code === 'json-syntax')) unparsable = true;
    const view = checker.loaded(servicesToLoad(parsed));
    diagnostics[doc.id] = view === null ? parsed.diagnostics : checkedDiagnostics(doc, parsed, view);
  }
  return { diagnostics, unparsable };
}

/** The parser's diagnostics plus the catalog checks, once the services named are loaded. */
async function diagnoseDocuments(
  documents: readonly DocumentToCheck[],
  checker: CatalogChecker,
): Promise<Record<string, readonly Diagnostic[]>> {
  const diagnostics: Record<string, readonly Diagnostic[]> = {};
  for (const doc of documents) {
    const parsed = parseDocument(doc);
    diagnostics[doc.id] = checkedDiagnostics(doc, parsed, await checker.load(servicesToLoad(parsed)));
  }
  return diagnostics;
}

/** Diagnostics of the scenario that are not about a document's content. */
function scenarioOnly(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => !d.path || !/\.document(\.|$)/.test(d.path));
}

/** A `shouldStop` for the analysis: true once `budgetMs` have passed since now. */
function deadline(budgetMs: number): () => boolean {
  const stopAt = performance.now() + budgetMs;
  return () => performance.now() > stopAt;
}

/** The snapshot of one `evaluate` request. */
async function evaluate(
  request: Extract<WorkerRequest, { type: 'evaluate' }>,
  loadCatalog: () => Promise<Catalog>,
  checker: CatalogChecker,
): Promise<EvaluationSnapshot> {
  const { diagnostics, unparsable } = parseDocuments(request.documents, checker);
  const parsed = parseScenario(request.scenario);
  if (!parsed.scenario) {
    return {
      diagnostics,
      scenarioDiagnostics: scenarioOnly(parsed.diagnostics),
      unparsable,
      simulations: [],
      analysis: null,
    };
  }
  const compiled = compileScenario(parsed.scenario, { parse: parses.parse });
  const simulations = parsed.scenario.requests.map((r) => evaluateRequest(compiled, r));
  const catalog = unparsable ? null : await loadCatalog();
  const analysis =
    catalog === null ? null : buildAnalysisSnapshot(compiled, catalog, deadline(request.budgetMs));
  return {
    diagnostics,
    scenarioDiagnostics: scenarioOnly([...parsed.diagnostics, ...compiled.diagnostics]),
    unparsable,
    simulations,
    analysis,
  };
}

/** The guardrails report of one `guardrails` request; null for an invalid scenario. */
async function guardrails(
  request: Extract<WorkerRequest, { type: 'guardrails' }>,
  loadCatalog: () => Promise<Catalog>,
): Promise<GuardrailsOutcome | null> {
  const parsed = parseScenario(request.scenario);
  if (!parsed.scenario) return null;
  const compiled = compileScenario(parsed.scenario);
  const catalog = await loadCatalog();
  const report = checkGuardrails(compiled, catalog.actions, { shouldStop: deadline(request.budgetMs) });
  return { report, unparsable: compiled.diagnostics.some((d) => d.code === 'json-syntax') };
}

/** Creates the handler; `loadCatalog` is called once, on the first request that needs it. */
export function createRequestHandler(loadCatalog: () => Promise<Catalog>): RequestHandler {
  const checker = createCatalogChecker(loadCatalog);
  const findFixes = createFixService(loadCatalog);
  return async (request: WorkerRequest): Promise<WorkerResponse> => {
    parses.nextRequest();
    try {
      switch (request.type) {
        case 'evaluate':
          return {
            type: 'evaluated',
            id: request.id,
            snapshot: await evaluate(request, loadCatalog, checker),
          };
        case 'diagnose':
          return {
            type: 'diagnosed',
            id: request.id,
            diagnostics: await diagnoseDocuments(request.documents, checker),
          };
        case 'explain': {
          const parsed = parseScenario(request.scenario);
          if (!parsed.scenario)
            return { type: 'failed', id: request.id, message: 'the scenario is not valid' };
          const catalog = await loadCatalog();
          const explanation = explainAction(
            compileScenario(parsed.scenario, { parse: parses.parse }),
            catalog,
            request.action,
            deadline(request.budgetMs),
          );
          return { type: 'explained', id: request.id, explanation };
        }
        case 'guardrails': {
          const outcome = await guardrails(request, loadCatalog);
          if (outcome === null)
            return { type: 'failed', id: request.id, message: 'the scenario is not valid' };
          return { type: 'guardrailsChecked', id: request.id, outcome };
        }
        case 'fixes': {
          // The search has no stopping point of its own: past the budget the client replaces the worker.
          const plan = await findFixes(request.scenario, request.request);
          if (typeof plan === 'string') return { type: 'failed', id: request.id, message: plan };
          return { type: 'fixesFound', id: request.id, plan };
        }
        default: {
          // A request kind added to the protocol but not handled here fails the type check.
          const unhandled: never = request;
          return { type: 'failed', id: (unhandled as WorkerRequest).id, message: 'unknown request' };
        }
      }
    } catch (error) {
      if (error instanceof AnalysisStopped) {
        return { type: 'failed', id: request.id, message: timeoutMessage(request.budgetMs), timedOut: true };
      }
      // A bug, not bad input: report it instead of leaving the UI waiting forever.
      return {
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };
}
