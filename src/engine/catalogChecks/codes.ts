/**
 * Stable codes of the catalog-aware diagnostics, in the same shape as the parser's
 * `DIAGNOSTIC_CODES`: the UI, tests and permalinks may rely on them.
 */
import type { Severity } from '../types';

/** Code → default severity and short title. */
export const CATALOG_DIAGNOSTIC_CODES = {
  'unknown-service': { severity: 'error', title: 'Invalid service in action' },
  'unknown-action': { severity: 'warning', title: 'Invalid action' },
  'wildcard-matches-nothing': { severity: 'warning', title: 'Action wildcard matches no action' },
  'unsupported-condition-key': { severity: 'warning', title: 'Unsupported condition key for actions' },
} as const satisfies Record<string, { readonly severity: Severity; readonly title: string }>;

/** A stable catalog diagnostic code. */
export type CatalogDiagnosticCode = keyof typeof CATALOG_DIAGNOSTIC_CODES;
