/** Plain-English wording of evaluation codes, shared by the CLI's text output and the UI. */

import { slotOfLayer } from '../scenario/slots';
import type { Layer, LayerSkip, MismatchReason } from '../types';

/** The name of an evaluation layer, e.g. `permissions boundary`. */
export function describeLayer(layer: Layer): string {
  return slotOfLayer(layer).layerName;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/** Why a statement did not match, in one sentence without a final period. */
export function describeReason(reason: MismatchReason): string {
  switch (reason.code) {
    case 'statement-invalid':
      return 'the statement has errors, so it is ignored';
    case 'action-not-listed':
      return 'the action is not listed in Action';
    case 'action-excluded':
      return `the action is excluded by NotAction "${reason.pattern}"`;
    case 'resource-not-listed':
      return 'the resource is not listed in Resource';
    case 'resource-excluded':
      return `the resource is excluded by NotResource "${reason.pattern}"`;
    case 'resource-variable-missing':
      return `the Resource uses the variable \${${reason.key}}, which the request does not provide`;
    case 'principal-not-listed':
      return 'the caller is not named in Principal';
    case 'principal-excluded':
      return `the caller is excluded by NotPrincipal "${reason.value}"`;
    case 'condition-failed': {
      const policy = quoteList(reason.policyValues);
      const request =
        reason.requestValues === null
          ? 'the request does not include the key'
          : `the request has ${quoteList(reason.requestValues)}`;
      return `the condition ${reason.operator} on ${reason.key} (${policy}) is false: ${request}`;
    }
  }
}

/** Why a layer did not take part in a request, in one sentence without a final period. */
export function describeSkip(skip: LayerSkip): string {
  switch (skip.reason) {
    case 'service-not-supported':
      return `Resource control policies do not apply: AWS does not support RCPs for the "${skip.service}" service`;
    case 'exempt-action':
      return `Resource control policies do not apply to ${skip.action}`;
    case 'management-account':
      return skip.layer === 'scp'
        ? `Service control policies do not apply: the caller is in the management account ${skip.account}`
        : `Resource control policies do not apply: the resource is in the management account ${skip.account}`;
    case 'not-through-endpoint':
      return 'The VPC endpoint policy does not apply: the request does not go through the endpoint';
  }
}
