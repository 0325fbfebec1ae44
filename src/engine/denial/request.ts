/** The request a parsed denial describes, in the scenario format. */

import type { Request } from '../types';
import type { ParsedDenial } from './types';

/** The request to evaluate; null when AWS's text names no action. */
export function requestOfDenial(parsed: ParsedDenial): Request | null {
  if (parsed.action === null) return null;
  return {
    action: parsed.action,
    resource: parsed.resource,
    context: parsed.context,
    ...(parsed.resourceAccount === undefined ? {} : { resourceAccount: parsed.resourceAccount }),
    ...(parsed.viaVpcEndpoint === undefined ? {} : { viaVpcEndpoint: parsed.viaVpcEndpoint }),
  };
}
