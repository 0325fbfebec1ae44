/**
 * The answer of the Access Analyzer-style checks, in the shape `aws accessanalyzer
 * check-no-new-access` and `check-access-not-granted` print
 * (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckNoNewAccess.html),
 * so scripts written for Access Analyzer can read it.
 */

import type { CheckedStatement } from './documents';

/** One reason of a result: the statement of the checked document it points to, when there is one. */
export interface PolicyCheckReason {
  readonly description: string;
  readonly statementIndex?: number;
  /** The statement's Sid, when it has one. */
  readonly statementId?: string;
}

/** `result` PASS or FAIL, the message, and the statements that made it fail. */
export interface PolicyCheckResult {
  readonly result: 'PASS' | 'FAIL';
  readonly message: string;
  readonly reasons: readonly PolicyCheckReason[];
}

/** A statement a check failed on, with the catalog actions that made it fail. */
export interface PolicyCheckFinding {
  readonly statementIndex: number;
  readonly sid: string | null;
  readonly actions: readonly string[];
}

/** A check's result, with what the AWS shape leaves out: the actions behind each reason. */
export interface PolicyCheckOutcome {
  readonly check: PolicyCheckResult;
  readonly findings: readonly PolicyCheckFinding[];
}

/** The wording of one check: its two messages and the start of each reason. */
export interface CheckWording {
  readonly pass: string;
  readonly fail: string;
  /** Followed by `the statement with index: N.` or `the statement with sid: X.` */
  readonly reason: string;
}

/** The outcome for the statements of `findings` (PASS when there are none). */
export function outcomeOf(
  wording: CheckWording,
  findings: readonly PolicyCheckFinding[],
): PolicyCheckOutcome {
  const reasons = findings.map((finding): PolicyCheckReason => {
    const where = finding.sid === null ? `index: ${finding.statementIndex}` : `sid: ${finding.sid}`;
    return {
      description: `${wording.reason} the statement with ${where}.`,
      statementIndex: finding.statementIndex,
      ...(finding.sid === null ? {} : { statementId: finding.sid }),
    };
  });
  const failed = findings.length > 0;
  return {
    check: { result: failed ? 'FAIL' : 'PASS', message: failed ? wording.fail : wording.pass, reasons },
    findings,
  };
}

/** A finding for `statement` when `actions` is not empty. */
export function findingOf(statement: CheckedStatement, actions: readonly string[]): PolicyCheckFinding[] {
  return actions.length === 0 ? [] : [{ statementIndex: statement.index, sid: statement.sid, actions }];
}
