/** Test-only helpers and fixtures for the parser's tests; not part of the engine's API. */
import type { PolicyType, Severity } from '../../types';
import type { DiagnosticCode } from '../diagnosticCodes';

/** One row of the diagnostic tables: a policy text and the diagnostic it must produce. */
export interface DiagnosticCase {
  readonly name: string;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly text: string;
  /** The exact source text the diagnostic's range must cover. */
  readonly token: string;
  /** Which occurrence of `token` in `text` (0-based); default 0. */
  readonly occurrence?: number;
  readonly type?: PolicyType;
  readonly suggestion?: string;
}

/** A policy with Version 2012-10-17 and the given statement bodies (JSON text). */
export function doc(...statements: string[]): string {
  return `{"Version": "2012-10-17", "Statement": [${statements.join(', ')}]}`;
}

/** A statement object from JSON member text. */
export function stmt(members: string): string {
  return `{${members}}`;
}

/** A policy whose only statement is `OK` plus the given Condition (JSON text). */
export function withCondition(condition: string, version = '2012-10-17'): string {
  return `{"Version": "${version}", "Statement": [{${OK}, "Condition": ${condition}}]}`;
}

/** Members of a statement that is valid in an identity policy. */
export const OK = '"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"';
/** Members of a statement that is valid in a resource-based policy. */
export const RESOURCE_OK =
  '"Effect": "Allow", "Principal": {"AWS": "111122223333"}, "Action": "s3:GetObject", "Resource": "*"';
/** Members of a statement that is valid in a role trust policy. */
export const TRUST_OK =
  '"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"';
/** Members of a statement that is valid in an RCP. */
export const RCP_OK = '"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"';

/** Offset of the `occurrence`-th (0-based) occurrence of `token` in `text`, or -1. */
export function nthIndexOf(text: string, token: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(token, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
