/**
 * Functions Playwright serialises into the page. Each must be self-contained: no imports, no
 * closures over module values — only its argument and the page's globals.
 */

/** The selectors the browser bench relies on. */
export const SELECTORS = {
  venn: '[data-testid="venn"]',
  vennEffectiveAllowed: '[data-testid="venn.effectiveAllowed"]',
  table: '[role="table"][aria-label="Actions"]',
  tableRow: '[role="table"][aria-label="Actions"] [role="row"]',
  tableCount: '[data-testid="table.count"]',
  /** The results region; its `data-phase` is `current` once the results belong to the documents. */
  results: '[data-testid="results"]',
} as const;

/** What the cold-load observer leaves on `window`; times are `performance.now()`, ms since navigation start. */
export interface ColdLoadMark {
  /** When the Venn figure first showed counts. */
  vennAt?: number;
  /** When the table first had a data row. */
  rowsAt?: number;
  /** When both held: results complete. */
  readyAt?: number;
}

/**
 * Init script: from the first byte of the document, watches the DOM and notes the moment the
 * Venn figure shows counts and the table has a data row (the header is row 1); results are
 * complete once both hold and the results region says they belong to the documents on screen.
 */
export function installColdLoadObserver(selectors: typeof SELECTORS): void {
  const mark: ColdLoadMark = {};
  (window as unknown as { __benchColdLoad: ColdLoadMark }).__benchColdLoad = mark;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (mark.vennAt === undefined) {
      const venn = document.querySelector(selectors.venn);
      if (venn !== null && /\d/.test(venn.textContent ?? '')) mark.vennAt = now;
    }
    if (mark.rowsAt === undefined && document.querySelectorAll(selectors.tableRow).length > 1)
      mark.rowsAt = now;
    const current = document.querySelector(selectors.results)?.getAttribute('data-phase') === 'current';
    if (mark.vennAt !== undefined && mark.rowsAt !== undefined && current) {
      mark.readyAt = now;
      observer.disconnect();
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-phase'],
  });
}

/** Argument of {@link runEditLoop}. */
export interface EditLoopInput {
  readonly selectors: typeof SELECTORS;
  /** The two boundary texts to alternate between; the page shows `texts[0]`'s results at start. */
  readonly texts: readonly [string, string];
  readonly iterations: number;
  /** Longest wait for one update before it counts as failed. */
  readonly timeoutMs: number;
}

/** Result of {@link runEditLoop}. */
export interface EditLoopOutput {
  /** One duration per successful edit, in ms. */
  readonly times: number[];
  /** The texts each boundary settles on: `[venn, table count]` per boundary. */
  readonly expected: [[string, string], [string, string]] | null;
  readonly error: string | null;
}

/**
 * Alternates the boundary between two texts through `window.playground.setPolicyText` and
 * times, inside the page, each call until both the Venn's effective-allowed count and the
 * table's row count show the new boundary's values. The values are learnt first by letting
 * each boundary settle once, so timed updates wait for the right text, not just any change.
 */
export async function runEditLoop(input: EditLoopInput): Promise<EditLoopOutput> {
  const api = (window as unknown as { playground?: { setPolicyText(id: string, text: string): void } })
    .playground;
  if (api === undefined) return { times: [], expected: null, error: 'window.playground is missing' };
  const read = (): [string, string] => [
    document.querySelector(input.selectors.vennEffectiveAllowed)?.textContent ?? '',
    document.querySelector(input.selectors.tableCount)?.textContent ?? '',
  ];
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  // Resolves with performance.now() once `done()` holds, checking on every DOM mutation.
  const waitFor = (done: () => boolean): Promise<number | null> =>
    new Promise((resolve) => {
      if (done()) {
        resolve(performance.now());
        return;
      }
      const observer = new MutationObserver(() => {
        if (!done()) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, input.timeoutMs);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });

  // Settled: both texts unchanged for 400 ms.
  const settle = async (): Promise<[string, string]> => {
    let last = read();
    let since = performance.now();
    while (performance.now() - since < 400) {
      await sleep(50);
      const now = read();
      if (now[0] !== last[0] || now[1] !== last[1]) {
        last = now;
        since = performance.now();
      }
    }
    return last;
  };

  const first = await settle();
  api.setPolicyText('boundary', input.texts[1]);
  const changed = await waitFor(() => read()[0] !== first[0]);
  if (changed === null) return { times: [], expected: null, error: 'the Venn count did not change' };
  const second = await settle();
  const expected: [[string, string], [string, string]] = [first, second];
  if (first[1] === second[1]) {
    return { times: [], expected, error: 'the table count is the same for both boundaries' };
  }
  api.setPolicyText('boundary', input.texts[0]);
  const back = await waitFor(() => read()[0] === first[0] && read()[1] === first[1]);
  if (back === null) return { times: [], expected, error: 'the page did not return to the first boundary' };

  const times: number[] = [];
  for (let i = 0; i < input.iterations; i++) {
    const toSecond = i % 2 === 0;
    const want = toSecond ? second : first;
    // A pause between edits, so each update is timed on its own rather than queued behind the last.
    await sleep(30);
    const start = performance.now();
    api.setPolicyText('boundary', toSecond ? input.texts[1] : input.texts[0]);
    const end = await waitFor(() => {
      const [venn, count] = read();
      return venn === want[0] && count === want[1];
    });
    if (end === null)
      return { times, expected, error: `update ${i + 1} did not arrive in ${input.timeoutMs} ms` };
    times.push(end - start);
  }
  return { times, expected, error: null };
}

/** What {@link installKeyLatencyRecorder} leaves on `window`. */
export interface KeyLatencyRecord {
  /** Per keystroke: ms from the key event's time stamp to the task after the next frame. */
  readonly latencies: number[];
  /** Durations of the main thread's long tasks (over 50 ms) since recording started. */
  readonly longTasks: number[];
}

/**
 * Starts recording, in the page, the latency of every keystroke and the main thread's long
 * tasks. A keystroke's latency runs from its `keydown` time stamp (so time spent queued behind
 * other work counts) to the first task after the next animation frame, when what the key
 * changed has been painted. Calling it again starts a fresh record.
 */
export function installKeyLatencyRecorder(): void {
  const scope = window as unknown as {
    __benchKeys?: KeyLatencyRecord;
    __benchKeysStop?: () => void;
  };
  scope.__benchKeysStop?.();
  const record: KeyLatencyRecord = { latencies: [], longTasks: [] };
  scope.__benchKeys = record;
  const onKey = (event: KeyboardEvent) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record.latencies.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  };
  window.addEventListener('keydown', onKey, true);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  scope.__benchKeysStop = () => {
    window.removeEventListener('keydown', onKey, true);
    observer.disconnect();
  };
}

/** Stops the recorder and returns its record. */
export function takeKeyLatencyRecord(): KeyLatencyRecord | null {
  const scope = window as unknown as { __benchKeys?: KeyLatencyRecord; __benchKeysStop?: () => void };
  scope.__benchKeysStop?.();
  return scope.__benchKeys ?? null;
}

/** Puts a plain `<textarea>` over the page and focuses it: the baseline for typing latency. */
export function injectPlainTextarea(): void {
  const area = document.createElement('textarea');
  area.id = 'bench-plain-textarea';
  area.setAttribute('aria-label', 'bench baseline');
  area.style.cssText = 'position:fixed;top:8px;left:8px;width:400px;height:120px;z-index:99999';
  document.body.append(area);
  area.focus();
}

/** Removes what {@link injectPlainTextarea} added. */
export function removePlainTextarea(): void {
  document.getElementById('bench-plain-textarea')?.remove();
}
