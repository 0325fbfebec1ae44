/**
 * The playground in Chromium, against `vite preview` of the production build: cold load to the
 * first complete results (the example, and a heavy link), edit → update of the boundary on both,
 * and typing into the heavy scenario's boundary editor against a plain textarea. Everything is
 * timed inside the page, so Playwright's round trips do not count.
 */

import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

import playwrightConfig from '../playwright.config';
import { chromiumPath } from '../scripts/chromium';
import { EC2_BOUNDARY_TEXT } from '../src/state/defaultScenario';
import { heavyBoundaryText, heavyLinkFragment } from './lib/heavyLink';
import {
  injectPlainTextarea,
  installColdLoadObserver,
  installKeyLatencyRecorder,
  removePlainTextarea,
  runEditLoop,
  SELECTORS,
  takeKeyLatencyRecord,
  type ColdLoadMark,
  type EditLoopInput,
  type KeyLatencyRecord,
} from './lib/inPage';
import type { Measurement } from './lib/report';
import { findFreePort, startPreview } from './lib/server';
import { median, percentile } from './lib/stats';
import { DIST_DIR } from './sizes';

const SECTION = 'browser';
const COLD_RUNS = 5;
const EXAMPLE_COLD_TARGET_MS = 1000;
const HEAVY_COLD_TARGET_MS = 1500;
const EDITS = 40;
const EDIT_TARGET_P95_MS = 100;
const TYPED = 'TypedIntoTheBoundarySidByTheBrowserBenchToTimeEachKeystrokeAgainstAPlainTextarea';
const KEY_DELAY_MS = 60;
/** Rounds of typing, each into the textarea and then the editor. */
const TYPING_ROUNDS = 3;
const ADDED_KEY_LATENCY_TARGET_MS = 8;
const LONG_TASK_TARGET_MS = 50;
const PREFERRED_PORT = 4192;
/** The boundary's Monaco editor: the right pane shows the boundary when a link names no other tab. */
const BOUNDARY_EDITOR = '[data-testid="pane.other"] .monaco-editor';
const BOUNDARY_EDITOR_LINES = `${BOUNDARY_EDITOR} .view-lines`;
const LOAD_TIMEOUT_MS = 30_000;

/** The boundary the example's edit loop alternates with the example's `ec2:*` one. */
const S3_BOUNDARY_TEXT = EC2_BOUNDARY_TEXT.replace('AllowEC2Only', 'AllowS3Only').replace('ec2:*', 's3:*');

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
 * functions serialised into the page would then fail, so the page gets a no-op `__name`.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** A page the bench opens: the example (no fragment) or the heavy link. */
interface Target {
  readonly label: string;
  readonly url: string;
  readonly coldTargetMs: number;
  /** The two boundary texts the edit loop alternates; the page opens on the first. */
  readonly boundaries: readonly [string, string];
}

const TYPING_NAME = `typing ${TYPING_ROUNDS}×${TYPED.length} characters into the heavy boundary: added latency per key vs a <textarea>`;
const LONG_TASK_NAME = 'typing into the heavy boundary: longest main-thread task';

const coldName = (t: Target) => `cold load ${t.label} to results (${COLD_RUNS} runs, no cache)`;
const editName = (t: Target) => `edit boundary ${t.label} → Venn + table updated (${EDITS} edits)`;

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

/** Every browser line with no value and the same reason. */
function skipped(note: string, targets: readonly Target[]): Measurement[] {
  return [
    ...targets.map((t) => result(coldName(t), [], t.coldTargetMs, 'median', note)),
    ...targets.map((t) => result(editName(t), [], EDIT_TARGET_P95_MS, 'p95', note)),
    result(TYPING_NAME, [], ADDED_KEY_LATENCY_TARGET_MS, 'median', note),
    result(LONG_TASK_NAME, [], LONG_TASK_TARGET_MS, 'median', note),
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
async function coldLoads(browser: Browser, target: Target): Promise<Measurement> {
  const name = coldName(target);
  const marks: Required<ColdLoadMark>[] = [];
  for (let run = 0; run <= COLD_RUNS; run++) {
    const { context, page } = await freshPage(browser);
    try {
      const outcome = await loadOnce(page, target.url);
      if (typeof outcome === 'string') return result(name, [], target.coldTargetMs, 'median', outcome);
      if (run > 0) marks.push(outcome);
    } finally {
      await context.close();
    }
  }
  const at = (key: 'vennAt' | 'rowsAt') => Math.round(median(marks.map((m) => m[key])));
  const note = `median Venn at ${at('vennAt')} ms, table rows at ${at('rowsAt')} ms`;
  return result(
    name,
    marks.map((m) => m.readyAt),
    target.coldTargetMs,
    'median',
    note,
  );
}

/** Loads `url` and waits for Monaco, so its lazy loading is not timed as part of what follows. */
async function loadWithEditor(page: Page, url: string): Promise<string | null> {
  const loaded = await loadOnce(page, url);
  if (typeof loaded === 'string') return loaded;
  await page
    .waitForFunction(() => window.playground?.editorStatus() === 'ready', undefined, {
      timeout: LOAD_TIMEOUT_MS,
    })
    .catch(() => undefined);
  return null;
}

/** Edit → update on a loaded page, with the table filtered to the Venn's effective-allowed region. */
async function edits(browser: Browser, target: Target): Promise<Measurement> {
  const name = editName(target);
  const { context, page } = await freshPage(browser);
  try {
    const failed = await loadWithEditor(page, target.url);
    if (failed !== null) return result(name, [], EDIT_TARGET_P95_MS, 'p95', failed);
    // Unfiltered, the table lists every action whatever the boundary; filtered to the region
    // its count follows the boundary, so the update of the table is observable.
    const legend = page.locator(SELECTORS.vennEffectiveAllowed);
    if ((await legend.count()) === 0) {
      return result(name, [], EDIT_TARGET_P95_MS, 'p95', `missing: ${SELECTORS.vennEffectiveAllowed}`);
    }
    await legend.click();
    const input: EditLoopInput = {
      selectors: SELECTORS,
      texts: target.boundaries,
      iterations: EDITS,
      timeoutMs: 10_000,
    };
    const output = await page.evaluate(runEditLoop, input);
    let note = output.error ?? undefined;
    if (note !== undefined) {
      const missing = await missingSelectors(page);
      if (missing.length > 0) note = `${note}; missing: ${missing.join(', ')}`;
    }
    return result(name, output.times, EDIT_TARGET_P95_MS, 'p95', note);
  } finally {
    await context.close();
  }
}

/** Types {@link TYPED} with the recorder on; returns its record once the results are current again. */
async function typeAndRecord(page: Page): Promise<KeyLatencyRecord | null> {
  await page.evaluate(installKeyLatencyRecorder);
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  // The evaluation the last keys started belongs to the typing too.
  await page
    .waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('data-phase') === 'current',
      SELECTORS.results,
      { timeout: LOAD_TIMEOUT_MS },
    )
    .catch(() => undefined);
  await page.waitForTimeout(300);
  return page.evaluate(takeKeyLatencyRecord);
}

/** Puts the caret before the closing quote of the boundary's first Sid (line 5: `"Sid": "Allow0…",`). */
async function caretIntoFirstSid(page: Page): Promise<void> {
  // A point of the editor's text area: once a round has lengthened the line, the lines are
  // scrolled sideways and their own box lies partly outside the editor.
  await page.locator(BOUNDARY_EDITOR).click({ position: { x: 120, y: 10 } });
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(500);
}

/**
 * Typing into the heavy scenario's boundary editor (inside a Sid, so every key leaves valid JSON
 * and starts an evaluation), against typing into a plain textarea on the same page. Rounds
 * alternate the two, and the keys of every round are pooled, so a slow second of the machine
 * weighs on both sides alike instead of deciding the number.
 */
async function typing(browser: Browser, target: Target): Promise<Measurement[]> {
  const fail = (note: string) => [
    result(TYPING_NAME, [], ADDED_KEY_LATENCY_TARGET_MS, 'median', note),
    result(LONG_TASK_NAME, [], LONG_TASK_TARGET_MS, 'median', note),
  ];
  const { context, page } = await freshPage(browser);
  try {
    const failed = await loadWithEditor(page, target.url);
    if (failed !== null) return fail(failed);
    if ((await page.locator(BOUNDARY_EDITOR_LINES).count()) === 0)
      return fail(`missing: ${BOUNDARY_EDITOR_LINES}`);
    const plain: KeyLatencyRecord = { latencies: [], longTasks: [] };
    const editor: KeyLatencyRecord = { latencies: [], longTasks: [] };
    const pool = (into: KeyLatencyRecord, from: KeyLatencyRecord | null) => {
      into.latencies.push(...(from?.latencies ?? []));
      into.longTasks.push(...(from?.longTasks ?? []));
      return from !== null;
    };
    const original = await page.evaluate(() => window.playground?.getPolicyText('boundary') ?? '');
    for (let round = 0; round < TYPING_ROUNDS; round++) {
      // Every round types into the same short line: a line grown by earlier rounds costs more.
      await page.evaluate((text) => window.playground?.setPolicyText('boundary', text), original);
      await page.evaluate(injectPlainTextarea);
      const typedPlain = pool(plain, await typeAndRecord(page));
      await page.evaluate(removePlainTextarea);
      await caretIntoFirstSid(page);
      const typedEditor = pool(editor, await typeAndRecord(page));
      if (!typedPlain || !typedEditor) return fail('the key recorder did not run');
      const typed = await page.evaluate(() => window.playground?.getPolicyText('boundary') ?? '');
      if (!typed.includes(`"Allow0${TYPED}"`)) return fail("the text did not reach the boundary's first Sid");
    }
    const keys = TYPED.length * TYPING_ROUNDS;
    if (editor.latencies.length < keys) return fail(`${editor.latencies.length} of ${keys} keys recorded`);

    const added = median(editor.latencies) - median(plain.latencies);
    const longest = Math.max(0, ...editor.longTasks);
    return [
      {
        section: SECTION,
        name: TYPING_NAME,
        unit: 'ms',
        median: added,
        p95: percentile(editor.latencies, 95) - percentile(plain.latencies, 95),
        target: ADDED_KEY_LATENCY_TARGET_MS,
        targetStat: 'median',
        note: `median per key over ${TYPING_ROUNDS} rounds: editor ${median(editor.latencies).toFixed(1)} ms, textarea ${median(plain.latencies).toFixed(1)} ms`,
      },
      {
        section: SECTION,
        name: LONG_TASK_NAME,
        unit: 'ms',
        median: longest,
        p95: null,
        target: LONG_TASK_TARGET_MS,
        targetStat: 'value',
        note:
          editor.longTasks.length === 0
            ? 'no task over 50 ms'
            : `${editor.longTasks.length} tasks over 50 ms: ${editor.longTasks.map(Math.round).join(', ')} ms`,
      },
    ];
  } finally {
    await context.close();
  }
}

/** The example and the heavy link, on the preview server at `base`. */
function targetsAt(base: string): Target[] {
  return [
    {
      label: 'the example',
      url: base,
      coldTargetMs: EXAMPLE_COLD_TARGET_MS,
      boundaries: [EC2_BOUNDARY_TEXT, S3_BOUNDARY_TEXT],
    },
    {
      label: 'the heavy link',
      url: `${base}#${heavyLinkFragment()}`,
      coldTargetMs: HEAVY_COLD_TARGET_MS,
      boundaries: [heavyBoundaryText(0), heavyBoundaryText(1)],
    },
  ];
}

/** Runs the browser measurements, or returns skipped lines saying why they could not run. */
export async function benchBrowser(): Promise<Measurement[]> {
  const planned = targetsAt('/');
  if (!existsSync(join(DIST_DIR, 'index.html'))) return skipped('build first: npm run build', planned);
  const executablePath = chromiumPath();
  if (executablePath === null) return skipped('no Chromium (see scripts/ensure-chromium.ts)', planned);
  const port = await findFreePort(PREFERRED_PORT);
  if (port === null) return skipped(`no free port from ${PREFERRED_PORT}`, planned);
  const server = await startPreview(port, DIST_DIR);
  if (typeof server === 'string') return skipped(server, planned);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath,
      args: playwrightConfig.use?.launchOptions?.args ?? ['--headless', '--no-sandbox'],
    });
    const targets = targetsAt(server.url);
    const heavy = targets[1] as Target;
    const out: Measurement[] = [];
    for (const target of targets) out.push(await coldLoads(browser, target));
    for (const target of targets) out.push(await edits(browser, target));
    out.push(...(await typing(browser, heavy)));
    return out;
  } catch (error) {
    return skipped(
      `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      planned,
    );
  } finally {
    await browser?.close();
    server.stop();
  }
}
