import { describe, expect, it } from 'vitest';

import { formatTable, statusOf, summarize, summaryLine, type Measurement } from './report';

const base: Measurement = {
  section: 'engine',
  name: 'one request',
  unit: 'µs',
  median: 5,
  p95: 9,
  target: 20,
  targetStat: 'median',
};

describe('statusOf', () => {
  it.each([
    { change: {}, expected: 'ok' },
    { change: { median: 25 }, expected: 'MISSED' },
    { change: { median: 20 }, expected: 'MISSED' },
    { change: { targetStat: 'p95', p95: 30 }, expected: 'MISSED' },
    { change: { targetStat: 'p95', median: 30, p95: 10 }, expected: 'ok' },
    { change: { target: null }, expected: 'info' },
    { change: { median: null }, expected: 'skipped' },
    { change: { targetStat: 'p95', p95: null }, expected: 'skipped' },
    { change: { median: Number.NaN }, expected: 'skipped' },
  ] as const)('$change → $expected', ({ change, expected }) => {
    expect(statusOf({ ...base, ...change })).toBe(expected);
  });
});

describe('formatTable', () => {
  const lines = formatTable([
    base,
    { ...base, name: 'a much longer measurement name', median: 1234.4, p95: 2000, target: 1000 },
    {
      ...base,
      section: 'sizes',
      name: 'index',
      unit: 'KB',
      median: null,
      p95: null,
      targetStat: 'value',
      note: 'build first',
    },
  ]);

  it('prints a header, a rule and one aligned line per measurement', () => {
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^name\s+\|\s+median \|\s+p95 \| target\s+\| status$/);
    const bars = lines.map((line) => [...line.matchAll(/\|/g)].map((m) => m.index));
    for (const positions of bars) expect(positions).toEqual(bars[0]);
  });

  it('shows values, targets and statuses, with notes', () => {
    expect(lines[2]).toMatch(/^engine: one request .*\| ok$/);
    expect(lines[3]).toContain('engine: a much longer measurement name');
    expect(lines[3]).toContain('1234 µs');
    expect(lines[3]).toContain('median < 1000 µs');
    expect(lines[3]).toMatch(/MISSED$/);
    expect(lines[4]).toContain('—');
    expect(lines[4]).toMatch(/skipped \(build first\)$/);
  });
});

describe('summaryLine', () => {
  it('leads with the misses', () => {
    const counts = summarize([
      base,
      { ...base, median: 50 },
      { ...base, median: 60 },
      { ...base, target: null },
    ]);
    expect(counts).toEqual({ ok: 1, MISSED: 2, info: 1, skipped: 0 });
    expect(summaryLine(counts)).toMatch(/^2 targets MISSED: 1 ok, 2 missed, 0 skipped, 1 informational$/);
  });

  it('says when nothing was missed but something was not measured', () => {
    expect(summaryLine(summarize([base, { ...base, median: null }]))).toMatch(/^no target missed/);
    expect(summaryLine(summarize([base]))).toMatch(/^all targets met/);
  });
});
