/**
 * `npm run bench`: runs the measurement sections and prints one aligned table with each
 * measurement's target and whether it was met. Exits 0 even when a target is missed (timings
 * depend on the machine), unless `--strict` is given.
 *
 *   npm run bench [-- --only engine|analysis|cli|sizes|browser] [--strict]
 *
 * `BENCH_DIST=<dir>` measures the build in `<dir>` instead of `dist/` (sizes and browser).
 */

import { fileURLToPath } from 'node:url';

import { benchBrowser } from './browser';
import { benchCli } from './cli';
import { benchEngine } from './engine';
import { parseArgs, type Section } from './lib/args';
import { formatTable, STATUSES, summarize, summaryLine, type Measurement } from './lib/report';
import { benchSizes } from './sizes';

interface AnalysisResult {
  readonly name: string;
  readonly medianMs: number;
  readonly target: number;
}

/** The analysis section, from `bench/analysis.ts` (another module's; imported lazily in case it is absent). */
async function benchAnalysisSection(): Promise<Measurement[]> {
  const unavailable = (note: string): Measurement[] => [
    {
      section: 'analysis',
      name: 'whole-catalog analysis',
      unit: 'ms',
      median: null,
      p95: null,
      target: null,
      targetStat: 'median',
      note,
    },
  ];
  let module: { benchAnalysis?: () => Promise<readonly AnalysisResult[]> };
  try {
    module = (await import('./analysis')) as typeof module;
  } catch (error) {
    return unavailable(
      `bench/analysis.ts could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof module.benchAnalysis !== 'function')
    return unavailable('bench/analysis.ts exports no benchAnalysis');
  return (await module.benchAnalysis()).map((r) => ({
    section: 'analysis',
    // Its names carry their own `analysis:` prefix.
    name: r.name.replace(/^analysis:\s*/, ''),
    unit: 'ms',
    median: r.medianMs,
    p95: null,
    target: r.target,
    targetStat: 'median',
  }));
}

const SECTION_FAILED = 'section failed';

const RUNNERS: Record<Section, () => Promise<Measurement[]>> = {
  engine: benchEngine,
  analysis: benchAnalysisSection,
  cli: benchCli,
  sizes: benchSizes,
  browser: benchBrowser,
};

/** Runs `sections`; a section that throws becomes one line saying so, and the others still run. */
export async function runSections(sections: readonly Section[]): Promise<Measurement[]> {
  const all: Measurement[] = [];
  for (const section of sections) {
    process.stderr.write(`bench: ${section}…\n`);
    try {
      all.push(...(await RUNNERS[section]()));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      all.push({
        section,
        name: SECTION_FAILED,
        unit: 'ms',
        median: null,
        p95: null,
        target: null,
        targetStat: 'median',
        note: message,
      });
    }
  }
  return all;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`bench: ${args}`);
    return 2;
  }
  const measurements = await runSections(args.sections);
  console.log(formatTable(measurements).join('\n'));
  const counts = summarize(measurements);
  console.log(`\n${summaryLine(counts)} (${process.platform}, ${process.version})`);
  const missed = counts[STATUSES.missed];
  const failed = measurements.some((m) => m.name === SECTION_FAILED);
  return args.strict && (missed > 0 || failed) ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
