import { describe, expect, it } from 'vitest';

import type { Diagnostic, Severity } from '../../../engine';
import { markerKey, markerSpec, type MarkerLevel } from './markerData';

function diagnostic(severity: Severity, suggestion?: string): Diagnostic {
  return {
    code: 'unknown-element',
    severity,
    message: 'The policy element "Efect" is not valid.',
    range: { start: { line: 3, column: 5, offset: 20 }, end: { line: 3, column: 12, offset: 27 } },
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

describe('markerSpec', () => {
  it.each([
    ['error', 'error'],
    ['warning', 'warning'],
    ['suggestion', 'info'],
  ] as const satisfies readonly (readonly [Severity, MarkerLevel])[])('maps %s to %s', (severity, level) => {
    expect(markerSpec(diagnostic(severity)).level).toBe(level);
  });

  it('keeps code, message and the 1-based range with its exclusive end', () => {
    expect(markerSpec(diagnostic('error'))).toEqual({
      startLineNumber: 3,
      startColumn: 5,
      endLineNumber: 3,
      endColumn: 12,
      level: 'error',
      message: 'The policy element "Efect" is not valid.',
      code: 'unknown-element',
      source: 'IAM',
    });
  });
});

describe('markerKey', () => {
  it('tells markers apart by code and range', () => {
    const spec = markerSpec(diagnostic('error'));
    expect(markerKey('a', spec)).toBe(markerKey('a', { ...spec }));
    expect(markerKey('a', spec)).not.toBe(markerKey('b', spec));
    expect(markerKey('a', spec)).not.toBe(markerKey('a', { ...spec, endColumn: 13 }));
  });
});

describe('markerSpec messages', () => {
  it('shows control characters of the quoted text as escapes, so a value cannot add lines', () => {
    const spec = markerSpec({
      ...diagnostic('warning'),
      message: 'The action s3:Get\n\nNo problems found.\u001b[2J does not exist.',
    });
    expect(spec.message).toBe('The action s3:Get\\n\\nNo problems found.\\x1b[2J does not exist.');
  });
});
