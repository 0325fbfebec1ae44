/**
 * Concrete resources for probe requests, from the catalog's ARN templates: the template of the
 * action's resource type (`role/${RoleNameWithPath}`, `instance/${InstanceId}`), in the caller's
 * partition and account.
 */

import type { CatalogAction } from '../analysis/types';
import { parseArn } from '../arn';
import type { Caller } from '../types';

/** The Region service resources are probed in. */
export const PROBE_REGION = 'us-east-1';

/** Looks actions up by name (case-insensitive) and fills their ARN templates. */
export interface ResourceNamer {
  /** The catalog entry of `action`, when the catalog has it. */
  action(action: string): CatalogAction | undefined;
  /**
   * The ARN of the resource named `name` for `action`, from the template of its resource type
   * whose resource part starts with `prefix` (`role/`, `function:`): `${Partition}` and
   * `${Account}` are the caller's, `${Region}` is {@link PROBE_REGION}, and every other
   * placeholder is `name`. Without such a template (an action the catalog lacks), the ARN is
   * built in the same shape from the action's service.
   */
  arn(action: string, prefix: string, name: string): string;
}

const byName = new WeakMap<readonly CatalogAction[], ReadonlyMap<string, CatalogAction>>();

function lookup(actions: readonly CatalogAction[]): ReadonlyMap<string, CatalogAction> {
  let map = byName.get(actions);
  if (map === undefined) {
    map = new Map(actions.map((action) => [action.fullName.toLowerCase(), action]));
    byName.set(actions, map);
  }
  return map;
}

/** Services whose ARNs carry no Region. */
const GLOBAL_SERVICES = new Set(['iam', 'sts']);

/** A namer over the catalog `actions` for `caller`. */
export function createResourceNamer(actions: readonly CatalogAction[], caller: Caller): ResourceNamer {
  const map = lookup(actions);
  const fill = (template: string, name: string) =>
    template
      .replaceAll('${Partition}', caller.partition)
      .replaceAll('${Account}', caller.account)
      .replaceAll('${Region}', PROBE_REGION)
      .replace(/\$\{[^}]*\}/g, name);
  return {
    action: (action) => map.get(action.toLowerCase()),
    arn(action, prefix, name) {
      const templates = map.get(action.toLowerCase())?.resourceTypes.map((type) => type.arn) ?? [];
      const template = templates.find((arn) => parseArn(arn)?.resource.startsWith(prefix));
      if (template !== undefined) return fill(template, name);
      const service = action.slice(0, action.indexOf(':'));
      const region = GLOBAL_SERVICES.has(service) ? '' : PROBE_REGION;
      return `arn:${caller.partition}:${service}:${region}:${caller.account}:${prefix}${name}`;
    },
  };
}
