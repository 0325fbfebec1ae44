/**
 * Folding a set of catalog actions back into Action patterns: `*`, `svc:*`, or prefixes cut
 * at CamelCase word boundaries (`ec2:Describe*`), used only where exact over the catalog.
 */

import type { CatalogIndex } from './catalogIndex';
import type { CatalogAction } from './types';

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char >= 'A' && char <= 'Z';
}

function isLowerOrDigit(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9'));
}

/**
 * Prefixes of `name` that end at a word boundary, shortest first, then the name itself. A
 * word starts at a capital after a lower-case letter or digit (`DescribeInstances`), or at the
 * last capital of a run followed by a lower-case letter (`VPCEndpoint` → `VPC`, `Endpoint`).
 */
export function wordPrefixes(name: string): string[] {
  const out: string[] = [];
  for (let k = 1; k < name.length; k++) {
    if (!isUpper(name[k])) continue;
    const previous = name[k - 1];
    if (isLowerOrDigit(previous) || (isUpper(previous) && isLowerOrDigit(name[k + 1])))
      out.push(name.slice(0, k));
  }
  out.push(name);
  return out;
}

/**
 * Action patterns matching every action of `must` and, among catalog actions, only actions for
 * which `ok` holds (each of `must` is ok): `*` when every catalog action is ok (and `actions` is
 * the whole catalog), `svc:*` when
 * every action of the service is, else for each action the shortest word prefix (`svc:Describe*`)
 * that gathers at least two actions of `must` and only ok ones, else its name. Sorted by
 * service prefix, then by name.
 */
export function foldActions(
  actions: readonly CatalogAction[],
  catalog: CatalogIndex,
  must: ReadonlySet<number>,
  ok: (index: number) => boolean,
  wholeCatalog = true,
): string[] {
  const serviceIds = new Set<number>();
  for (const index of must) serviceIds.add(catalog.serviceId[index] as number);
  if (serviceIds.size === 0) return [];
  // `*` would also name services outside the actions given, unless they are the whole catalog.
  if (wholeCatalog) {
    let everything = true;
    for (let i = 0; i < actions.length && everything; i++) everything = ok(i);
    if (everything) return ['*'];
  }
  const patterns: string[] = [];
  const byPrefix = [...serviceIds].sort((a, b) => {
    const x = catalog.serviceLower[catalog.serviceMembers[a]?.[0] as number] as string;
    const y = catalog.serviceLower[catalog.serviceMembers[b]?.[0] as number] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  // Only the services of `must` are searched, each over its own actions: the work follows the
  // set's services, not the catalog's size, since a scope group may hold a handful of actions.
  for (const id of byPrefix) {
    const all = catalog.serviceMembers[id] as Int32Array;
    const byName = catalog.serviceByName[id] as Int32Array;
    const okAt = Uint8Array.from(all, (i) => (ok(i) ? 1 : 0));
    const first = actions[all[0] as number] as CatalogAction;
    const prefix = first.service;
    if (okAt.every((v) => v === 1)) {
      patterns.push(`${prefix}:*`);
      continue;
    }
    const serviceKey = `${catalog.serviceLower[all[0] as number] as string}:`;
    const chosen: string[] = [];
    const names: string[] = [];
    for (const i of all) if (must.has(i)) names.push((actions[i] as CatalogAction).name);
    names.sort();
    for (const name of names) {
      const lower = name.toLowerCase();
      if (chosen.some((p) => (p.endsWith('*') ? lower.startsWith(p.slice(0, -1)) : lower === p))) continue;
      for (const candidate of wordPrefixes(name)) {
        const start = candidate.toLowerCase();
        const whole = candidate === name;
        const key = serviceKey + start;
        // The service's actions the candidate names are one run of its actions sorted by name.
        let gathered = 0;
        let fits = true;
        for (let k = lowerBound(byName, all, catalog.fullLower, key); k < byName.length; k++) {
          const position = byName[k] as number;
          const other = catalog.fullLower[all[position] as number] as string;
          if (!(whole ? other === key : other.startsWith(key))) break;
          if (must.has(all[position] as number)) gathered++;
          if (okAt[position] !== 1) {
            fits = false;
            break;
          }
        }
        // Documented choice: a word-prefix wildcard only when it gathers several actions of the
        // set; for one action its name is clearer and equally exact.
        if (!fits || (!whole && gathered < 2)) continue;
        chosen.push(whole ? lower : `${start}*`);
        patterns.push(whole ? `${prefix}:${name}` : `${prefix}:${candidate}*`);
        break;
      }
    }
  }
  return patterns;
}

/**
 * The first position in `byName` (positions in `members`, ordered by lower-cased full name)
 * whose action's name is not below `key`.
 */
function lowerBound(
  byName: Int32Array,
  members: Int32Array,
  fullLower: readonly string[],
  key: string,
): number {
  let low = 0;
  let high = byName.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((fullLower[members[byName[mid] as number] as number] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
