/**
 * What each bench section returns, and the aligned table `bench/run.ts` prints from it.
 */

/** Units the bench reports in. */
export const UNITS = ['µs', 'ms', 's', 'KB'] as const;
/** One unit of {@link UNITS}. */
export type Unit = (typeof UNITS)[number];

/** Which statistic a target applies to. */
export type TargetStat = 'median' | 'p95' | 'value';

/** One line of the report. */
export interface Measurement {
  readonly section: string;
  readonly name: string;
  readonly unit: Unit;
  /** The median (or the single value for sizes); null when it could not be measured. */
  readonly median: number | null;
  readonly p95: number | null;
  /** Upper bound the statistic named by `targetStat` must stay under; null for information only. */
  readonly target: number | null;
  readonly targetStat: TargetStat;
  /** Why the line has no value (skipped, build first…), or extra detail. */
  readonly note?: string;
}

/** Outcome of a measurement against its target. */
export const STATUSES = { met: 'ok', missed: 'MISSED', info: 'info', skipped: 'skipped' } as const;
/** One status of {@link STATUSES}. */
export type Status = (typeof STATUSES)[keyof typeof STATUSES];

/** Whether `m` met its target; `info` when it has none, `skipped` when it has no value. */
export function statusOf(m: Measurement): Status {
  const value = m.targetStat === 'p95' ? m.p95 : m.median;
  if (value === null || Number.isNaN(value)) return STATUSES.skipped;
  if (m.target === null) return STATUSES.info;
  return value < m.target ? STATUSES.met : STATUSES.missed;
}

/** A number with a precision that suits its size, and its unit. */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function targetText(m: Measurement): string {
  if (m.target === null) return '';
  const stat = m.targetStat === 'value' ? '' : `${m.targetStat} `;
  return `${stat}< ${formatValue(m.target, m.unit).replace(/\.0+ /, ' ')}`;
}

/** The report as aligned text lines: a header, a rule, one line per measurement. */
export function formatTable(measurements: readonly Measurement[]): string[] {
  const header = ['name', 'median', 'p95', 'target', 'status'];
  const rows = measurements.map((m) => {
    const status = statusOf(m);
    return [
      `${m.section}: ${m.name}`,
      formatValue(m.median, m.unit),
      m.targetStat === 'value' ? '' : formatValue(m.p95, m.unit),
      targetText(m),
      m.note ? `${status} (${m.note})` : status,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  // Numbers align right, text left; the last column is not padded.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        if (c === cells.length - 1) return cell;
        const width = widths[c] ?? 0;
        return c >= 1 && c <= 2 ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
}

/** Counts of each status. */
export function summarize(measurements: readonly Measurement[]): Record<Status, number> {
  const counts: Record<Status, number> = { ok: 0, MISSED: 0, info: 0, skipped: 0 };
  for (const m of measurements) counts[statusOf(m)]++;
  return counts;
}

/** The closing line: misses first, then whether anything could not be measured. */
export function summaryLine(counts: Readonly<Record<Status, number>>): string {
  const missed = counts[STATUSES.missed];
  const head =
    missed > 0
      ? `${missed} target${missed === 1 ? '' : 's'} MISSED`
      : counts[STATUSES.skipped] > 0
        ? 'no target missed, some not measured'
        : 'all targets met';
  return `${head}: ${counts.ok} ok, ${missed} missed, ${counts.skipped} skipped, ${counts.info} informational`;
}
