/**
 * Which of the scenario's organization and network layers take part in a request. AWS exempts
 * some requests from a layer the scenario has: the management account from SCPs and RCPs, the
 * services that do not support RCPs, `kms:RetireGrant`, and requests that do not go through the
 * VPC endpoint.
 */

import { RCP_SUPPORTED_SERVICES } from '../generated/rcpSupportedServices';
import type { CompiledScenario } from '../scenario/compile';
import type { LayerSkip, Request } from '../types';

const RCP_SERVICES: ReadonlySet<string> = new Set(RCP_SUPPORTED_SERVICES);

/**
 * Actions RCPs never govern: "RCPs don't apply to the RetireGrant operation"
 * (https://docs.aws.amazon.com/kms/latest/developerguide/rcp.html).
 */
const RCP_EXEMPT_ACTIONS: ReadonlySet<string> = new Set(['kms:retiregrant']);

/** The service prefix of an action, lower-cased (`''` without a colon). */
function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return colon < 0 ? '' : action.slice(0, colon).toLowerCase();
}

/** The layers a request meets, and the skips to report for the others. */
export interface Applicability {
  readonly scp: boolean;
  readonly rcp: boolean;
  readonly vpcEndpoint: boolean;
  readonly skipped: readonly LayerSkip[];
}

/**
 * Decides the applicability of SCPs, RCPs and the VPC endpoint policy for one request whose
 * resource is owned by `resourceAccount`.
 *
 * - SCPs "don't affect users or roles in the management account"; RCPs "don't affect resources
 *   in the management account"
 *   (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html,
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html).
 * - RCPs apply only to the services Organizations lists as supporting them (same RCP page).
 * - Documented choice: a request goes through the VPC endpoint whenever the scenario has an
 *   endpoint policy, unless the request says `viaVpcEndpoint: false`; AWS applies the endpoint
 *   policy to every request made through the endpoint
 *   (https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html).
 */
export function applicableLayers(
  compiled: CompiledScenario,
  request: Request,
  resourceAccount: string,
): Applicability {
  const skipped: LayerSkip[] = [];
  const management = compiled.managementAccount;
  let scp = compiled.scpLevels.length > 0;
  if (scp && management !== null && compiled.caller.account === management) {
    scp = false;
    skipped.push({ layer: 'scp', reason: 'management-account', account: management });
  }
  let rcp = compiled.rcpLevels.length > 0;
  if (rcp) {
    const service = serviceOf(request.action);
    if (management !== null && resourceAccount === management) {
      rcp = false;
      skipped.push({ layer: 'rcp', reason: 'management-account', account: management });
    } else if (!RCP_SERVICES.has(service)) {
      rcp = false;
      skipped.push({ layer: 'rcp', reason: 'service-not-supported', service });
    } else if (RCP_EXEMPT_ACTIONS.has(request.action.toLowerCase())) {
      rcp = false;
      skipped.push({ layer: 'rcp', reason: 'exempt-action', action: request.action });
    }
  }
  let vpcEndpoint = compiled.vpcEndpoint !== null;
  if (vpcEndpoint && request.viaVpcEndpoint === false) {
    vpcEndpoint = false;
    skipped.push({ layer: 'vpcEndpoint', reason: 'not-through-endpoint' });
  }
  return { scp, rcp, vpcEndpoint, skipped };
}

/** Whether RCPs can govern actions of `service` at all (for the whole-catalog analysis). */
export function rcpGovernsService(service: string): boolean {
  return RCP_SERVICES.has(service.toLowerCase());
}

/** Whether RCPs exempt this action whatever its service (for the whole-catalog analysis). */
export function rcpExemptsAction(action: string): boolean {
  return RCP_EXEMPT_ACTIONS.has(action.toLowerCase());
}
