/** The single place catalog diagnostics are created. */
import type { Diagnostic, SourceRange } from '../types';
import { CATALOG_DIAGNOSTIC_CODES, type CatalogDiagnosticCode } from './codes';

/** A diagnostic with the code's severity. */
export function catalogDiagnostic(
  code: CatalogDiagnosticCode,
  range: SourceRange,
  message: string,
  suggestion?: string,
): Diagnostic {
  const severity = CATALOG_DIAGNOSTIC_CODES[code].severity;
  return suggestion === undefined
    ? { code, severity, message, range }
    : { code, severity, message, range, suggestion };
}

/** User text as shown inside a message: long values are cut short. */
export function shown(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
