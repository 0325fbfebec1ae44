/**
 * The playground in Chromium, against `vite preview` of the production build:
 * cold load to the first complete results, and edit → update of the boundary, timed inside the
 * page so Playwright's round trips do not count.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

import playwrightConfig from '../playwright.config';
import { chromiumPath } from '../scripts/chromium';
import { EC2_BOUNDARY_TEXT } from '../src/state/defaultScenario';
import {
  installColdLoadObserver,
  runEditLoop,
  SELECTORS,
  type ColdLoadMark,
  type EditLoopInput,
} from './lib/inPage';
import type { Measurement } from './lib/report';
import { findFreePort, startPreview } from './lib/server';
import { median, percentile } from './lib/stats';
import { DIST_DIR } from './sizes';

const SECTION = 'browser';
const COLD_RUNS = 5;
const COLD_TARGET_MS = 1500;
const EDITS = 40;
const EDIT_TARGET_P95_MS = 100;
const PREFERRED_PORT = 4175;
const LOAD_TIMEOUT_MS = 30_000;

/** The boundary the edit loop alternates with the example's `ec2:*` one. */
const S3_BOUNDARY_TEXT = EC2_BOUNDARY_TEXT.replace('AllowEC2Only', 'AllowS3Only').replace('ec2:*', 's3:*');

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
 * functions serialised into the page would then fail, so the page gets a no-op `__name`.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

const COLD_NAME = `cold load to results (${COLD_RUNS} runs, no cache)`;
const EDIT_NAME = `edit boundary → Venn + table updated (${EDITS} edits)`;

function result(
  name: string,
  times: readonly number[],
  target: number,
  targetStat: 'median' | 'p95',
  note?: string,
): Measurement {
  const has = times.length > 0;
  return {
    section: SECTION,
    name,
    unit: 'ms',
    median: has ? median(times) : null,
    p95: has ? percentile(times, 95) : null,
    target,
    targetStat,
    ...(note === undefined ? {} : { note }),
  };
}

/** Both browser lines with no value and the same reason. */
function skipped(note: string): Measurement[] {
  return [
    result(COLD_NAME, [], COLD_TARGET_MS, 'median', note),
    result(EDIT_NAME, [], EDIT_TARGET_P95_MS, 'p95', note),
  ];
}

/** A fresh context (own, empty cache) with the HTTP cache disabled as well. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: playwrightConfig.use?.viewport ?? null });
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
  await context.addInitScript(installColdLoadObserver, SELECTORS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

/** Which of the bench's selectors the page lacks right now. */
async function missingSelectors(page: Page): Promise<string[]> {
  const missing: string[] = [];
  for (const selector of Object.values(SELECTORS)) {
    if ((await page.locator(selector).count()) === 0) missing.push(selector);
  }
  return missing;
}

/** Loads the page and returns its marks once results are complete, or why they never were. */
async function loadOnce(page: Page, url: string): Promise<Required<ColdLoadMark> | string> {
  await page.goto(url, { waitUntil: 'commit' });
  try {
    const handle = await page.waitForFunction(
      () => {
        const mark = (window as unknown as { __benchColdLoad?: ColdLoadMark }).__benchColdLoad;
        return mark?.readyAt === undefined ? null : mark;
      },
      undefined,
      { timeout: LOAD_TIMEOUT_MS },
    );
    return (await handle.jsonValue()) as Required<ColdLoadMark>;
  } catch {
    const missing = await missingSelectors(page);
    return missing.length > 0
      ? `missing: ${missing.join(', ')}`
      : `no complete results within ${LOAD_TIMEOUT_MS / 1000} s`;
  }
}

/** Cold loads: one unreported run first (warms the server's file cache), then the timed runs. */
async function coldLoads(browser: Browser, url: string): Promise<Measurement> {
  const marks: Required<ColdLoadMark>[] = [];
  for (let run = 0; run <= COLD_RUNS; run++) {
    const { context, page } = await freshPage(browser);
    try {
      const outcome = await loadOnce(page, url);
      if (typeof outcome === 'string') return result(COLD_NAME, [], COLD_TARGET_MS, 'median', outcome);
      if (run > 0) marks.push(outcome);
    } finally {
      await context.close();
    }
  }
  const at = (key: 'vennAt' | 'rowsAt') => Math.round(median(marks.map((m) => m[key])));
  const note = `median Venn at ${at('vennAt')} ms, table rows at ${at('rowsAt')} ms`;
  return result(
    COLD_NAME,
    marks.map((m) => m.readyAt),
    COLD_TARGET_MS,
    'median',
    note,
  );
}

/** Edit → update on a loaded page, with the table filtered to the Venn's effective-allowed region. */
async function edits(browser: Browser, url: string): Promise<Measurement> {
  const { context, page } = await freshPage(browser);
  try {
    const loaded = await loadOnce(page, url);
    if (typeof loaded === 'string') return result(EDIT_NAME, [], EDIT_TARGET_P95_MS, 'p95', loaded);
    // Monaco arrives lazily; let it finish so its loading is not timed as part of an edit.
    await page
      .waitForFunction(() => window.playground?.editorStatus() !== 'loading', undefined, {
        timeout: LOAD_TIMEOUT_MS,
      })
      .catch(() => undefined);
    // Unfiltered, the table lists every action whatever the boundary; filtered to the region
    // its count follows the boundary, so the update of the table is observable.
    const legend = page.locator(SELECTORS.vennEffectiveAllowed);
    if ((await legend.count()) === 0) {
      return result(EDIT_NAME, [], EDIT_TARGET_P95_MS, 'p95', `missing: ${SELECTORS.vennEffectiveAllowed}`);
    }
    await legend.click();
    const input: EditLoopInput = {
      selectors: SELECTORS,
      texts: [EC2_BOUNDARY_TEXT, S3_BOUNDARY_TEXT],
      iterations: EDITS,
      timeoutMs: 10_000,
    };
    const output = await page.evaluate(runEditLoop, input);
    let note = output.error ?? undefined;
    if (note !== undefined) {
      const missing = await missingSelectors(page);
      if (missing.length > 0) note = `${note}; missing: ${missing.join(', ')}`;
    }
    return result(EDIT_NAME, output.times, EDIT_TARGET_P95_MS, 'p95', note);
  } finally {
    await context.close();
  }
}

/** Runs the browser measurements, or returns skipped lines saying why they could not run. */
export async function benchBrowser(): Promise<Measurement[]> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) return skipped('build first: npm run build');
  const executablePath = chromiumPath();
  if (executablePath === null) return skipped('no Chromium (see scripts/ensure-chromium.ts)');
  const port = await findFreePort(PREFERRED_PORT);
  if (port === null) return skipped(`no free port from ${PREFERRED_PORT}`);
  const server = await startPreview(port, DIST_DIR);
  if (typeof server === 'string') return skipped(server);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath,
      args: playwrightConfig.use?.launchOptions?.args ?? ['--headless', '--no-sandbox'],
    });
    return [await coldLoads(browser, server.url), await edits(browser, server.url)];
  } catch (error) {
    return skipped(`failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser?.close();
    server.stop();
  }
}
