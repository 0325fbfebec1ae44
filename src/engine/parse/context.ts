/** Shared state of one `parsePolicy` run and the single place diagnostics are created. */
import type { LineIndex } from '../json/lineIndex';
import type { JsonNode } from '../json/parseJson';
import type { Diagnostic, PolicyType, Severity, SourceRange } from '../types';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnosticCodes';
import type { PolicyTypeRules } from './policyTypes';

/** State threaded through the parse of one policy. */
export interface ParseContext {
  readonly text: string;
  readonly type: PolicyType;
  readonly rules: PolicyTypeRules;
  readonly lines: LineIndex;
  readonly diagnostics: Diagnostic[];
  /** True only under Version 2012-10-17; set once the top level has been read. */
  variablesEnabled: boolean;
}

/** Where a diagnostic points: a JSON node, an explicit range, or a raw offset span. */
export type DiagnosticTarget = JsonNode | SourceRange | { readonly offset: number; readonly length: number };

/** Options of {@link report}. */
export interface ReportOptions {
  /** Overrides the code's default severity (used for per-policy-type downgrades). */
  readonly severity?: Severity;
  readonly suggestion?: string;
}

function toRange(ctx: ParseContext, target: DiagnosticTarget): SourceRange {
  if ('start' in target) return target;
  return ctx.lines.rangeAt(target.offset, target.offset + target.length);
}

/** Adds a diagnostic with the code's default severity unless overridden. */
export function report(
  ctx: ParseContext,
  code: DiagnosticCode,
  target: DiagnosticTarget,
  message: string,
  options: ReportOptions = {},
): void {
  const severity = options.severity ?? DIAGNOSTIC_CODES[code].severity;
  const range = toRange(ctx, target);
  ctx.diagnostics.push(
    options.suggestion === undefined
      ? { code, severity, message, range }
      : { code, severity, message, range, suggestion: options.suggestion },
  );
}

/** The range of a JSON node. */
export function nodeRange(ctx: ParseContext, node: JsonNode): SourceRange {
  return ctx.lines.rangeAt(node.offset, node.offset + node.length);
}

/** The one-character range of an object's opening brace, where "missing element" errors go. */
export function openingBrace(node: JsonNode): { offset: number; length: number } {
  return { offset: node.offset, length: 1 };
}

/** Quotes a user value for a message, shortened so a 5 MB string cannot flood the UI. */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(shown);
}
