/**
 * From a pasted AccessDenied message or CloudTrail event to a request of the suite, and what the
 * simulator says beside its result: how the playground's answer compares with AWS's, and whether
 * AWS's caller is the scenario's principal.
 */
import {
  compareWithAws,
  parseDenial,
  requestOfDenial,
  type AwsComparison,
  type EvaluationResult,
} from '../engine';
import { rowsOfContext, type PastedDenial, type RequestFields } from './slices/request';

/** What a paste gives: the request to add, or a one-line reason it gives none. */
export type PasteOutcome =
  { readonly ok: true; readonly request: RequestFields } | { readonly ok: false; readonly reason: string };

/**
 * Reads pasted text (`parseDenial`: a message in any form it takes, or a CloudTrail event) into
 * a request of the suite carrying what AWS said. `isKnownAction`, when the catalog is loaded,
 * adds a note for an action it does not know.
 */
export function requestOfPaste(text: string, isKnownAction?: (action: string) => boolean): PasteOutcome {
  if (text.trim() === '')
    return { ok: false, reason: 'Paste an AccessDenied message or a CloudTrail event first.' };
  const parsed = parseDenial(text, isKnownAction === undefined ? {} : { isKnownAction });
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  const request = requestOfDenial(parsed);
  if (request === null) {
    const where = parsed.notes[0] ?? '';
    return {
      ok: false,
      reason: `AWS's text names no action, so there is no request to evaluate. ${where}`.trim(),
    };
  }
  const pasted: PastedDenial = {
    said: parsed.said,
    principal: parsed.principal,
    ...(parsed.sessionIssuer === undefined ? {} : { sessionIssuer: parsed.sessionIssuer }),
    notes: parsed.notes,
  };
  return {
    ok: true,
    request: {
      action: request.action,
      resource: request.resource,
      resourceAccount: request.resourceAccount ?? '',
      context: rowsOfContext(request.context),
      ...(request.viaVpcEndpoint === undefined ? {} : { viaVpcEndpoint: request.viaVpcEndpoint }),
      pasted,
    },
  };
}

/** What the simulator shows beside a pasted request's result. */
export interface PasteReport {
  readonly comparison: AwsComparison;
  /** The parser's notes, then one when AWS's caller is not the scenario's principal. */
  readonly notes: readonly string[];
}

/** The comparison of `result` with what AWS said, and the notes, for the scenario's caller. */
export function pasteReport(
  pasted: PastedDenial,
  result: EvaluationResult,
  caller: { readonly principal: string; readonly sessionIssuer: string },
): PasteReport {
  const principal = caller.principal.trim();
  const named = pasted.principal;
  const sameCaller = named === null || named === principal || named === caller.sessionIssuer.trim();
  const callerNote = `AWS's caller ${named ?? ''} is not the scenario's principal: the request was evaluated for ${principal}.`;
  return {
    comparison: compareWithAws(pasted.said, result),
    notes: sameCaller ? pasted.notes : [...pasted.notes, callerNote],
  };
}
