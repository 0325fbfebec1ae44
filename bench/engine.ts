/**
 * Engine speed: one `evaluateRequest`, with the trace the CLI and UI ask for and
 * without, on the example scenario and on a heavy one; the parse time of a 6 KB policy; and
 * the glob patterns that once backtracked for minutes (`lib/adversarial.ts`), through
 * `evaluateRequest` and the actions-table search.
 */

import {
  compileScenario,
  evaluateRequest,
  parsePolicy,
  parseScenario,
  type CompiledScenario,
  type Request,
  type Scenario,
} from '../src/engine';
import { createNodeCatalog } from '../src/catalog/node';
import { NO_FILTERS } from '../src/state/slices/ui';
import { computeTableRows } from '../src/state/tableRows';
import { adversarialRequests, QUESTION_STAR_SEARCH } from './lib/adversarial';
import type { Measurement } from './lib/report';
import { median, percentile, timePerCall } from './lib/stats';
import {
  EXAMPLE_REQUESTS,
  exampleScenario,
  heavyRequests,
  heavyScenario,
  policyTextOfSize,
} from './lib/scenarios';

const SECTION = 'engine';
const EXAMPLE_TARGET_US = 20;
const HEAVY_TARGET_US = 200;
const POLICY_BYTES = 6144;

/** Compiles `scenario`, failing loudly if it is invalid: timing a broken input would mislead. */
function compile(name: string, scenario: Scenario): CompiledScenario {
  const parsed = parseScenario(scenario);
  if (parsed.scenario === null) {
    throw new Error(`${name}: invalid scenario: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
  }
  const compiled = compileScenario(parsed.scenario);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `${name}: policies with errors: ${errors.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
    );
  }
  return compiled;
}

function measurement(
  name: string,
  perCallUs: readonly number[],
  target: number | null,
  options: { readonly note?: string; readonly inMs?: boolean } = {},
): Measurement {
  // Slow steps read better in ms; targets are given in the same unit as the line.
  const scale = options.inMs ? 1 / 1000 : 1;
  return {
    section: SECTION,
    name,
    unit: options.inMs ? 'ms' : 'µs',
    median: median(perCallUs) * scale,
    p95: percentile(perCallUs, 95) * scale,
    target,
    targetStat: 'median',
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

/** Time per `evaluateRequest`, cycling through `requests`, with and without trace. */
function evaluations(
  label: string,
  compiled: CompiledScenario,
  requests: readonly Request[],
  target: number,
): Measurement[] {
  const count = requests.length;
  const requestAt = (i: number) => requests[i % count] as Request;
  const traced = timePerCall((i) => evaluateRequest(compiled, requestAt(i), { trace: true }));
  const untraced = timePerCall((i) => evaluateRequest(compiled, requestAt(i), { trace: false }));
  const note = `${count} requests`;
  return [
    measurement(`${label}, one request, trace`, traced.perCallUs, target, { note }),
    measurement(`${label}, one request, no trace`, untraced.perCallUs, null, { note }),
  ];
}

// Patterns that once backtracked for minutes: each request must stay in interactive time.
const ADVERSARIAL_TARGET_MS = 5;
const SEARCH_TARGET_MS = 100;

/** One evaluation of each adversarial request, and the actions-table search over the catalog. */
function adversarial(): Measurement[] {
  const few = { warmupCalls: 5, batches: 30, minBatchMs: 1 };
  const lines = adversarialRequests().map(({ name, scenario, request }) => {
    const compiled = compile(name, scenario);
    const times = timePerCall(() => evaluateRequest(compiled, request, { trace: true }), few);
    return measurement(`adversarial ${name}`, times.perCallUs, ADVERSARIAL_TARGET_MS, { inMs: true });
  });
  const catalog = createNodeCatalog();
  const filters = { ...NO_FILTERS, search: QUESTION_STAR_SEARCH };
  const sort = { column: 'action', descending: false } as const;
  const search = timePerCall(() => computeTableRows(catalog, null, filters, sort), few);
  const note = `${catalog.actions.length} actions`;
  return [
    ...lines,
    measurement('adversarial table search `?*`×7`Q`', search.perCallUs, SEARCH_TARGET_MS, {
      inMs: true,
      note,
    }),
  ];
}

/** Runs the engine measurements. */
export async function benchEngine(): Promise<Measurement[]> {
  const example = compile('example scenario', exampleScenario());
  const heavy = compile('heavy scenario', heavyScenario());
  const text = policyTextOfSize(POLICY_BYTES);
  const parse = timePerCall(() => parsePolicy(text, 'identity'), { warmupCalls: 200, batches: 100 });
  const heavySource = heavyScenario();
  const compileHeavy = timePerCall(() => compileScenario(heavySource), { warmupCalls: 20, batches: 50 });
  return [
    ...evaluations('example scenario', example, EXAMPLE_REQUESTS, EXAMPLE_TARGET_US),
    ...evaluations('10×20 statements + boundary', heavy, heavyRequests(), HEAVY_TARGET_US),
    measurement(`parse a ${(text.length / 1024).toFixed(1)} KB policy`, parse.perCallUs, null),
    measurement('compile the 10×20 scenario', compileHeavy.perCallUs, null, { inMs: true }),
    ...adversarial(),
  ];
}
