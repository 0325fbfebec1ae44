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
  const byService = new Map<string, number[]>();
  for (const index of must) {
    const service = catalog.serviceLower[index] as string;
    if (!byService.has(service)) byService.set(service, []);
  }
  if (byService.size === 0) return [];
  const members = new Map<string, number[]>();
  let everything = true;
  for (let i = 0; i < actions.length; i++) {
    const service = catalog.serviceLower[i] as string;
    if (!ok(i)) everything = false;
    byService.get(service)?.push(i);
    if (!must.has(i)) continue;
    const list = members.get(service);
    if (list === undefined) members.set(service, [i]);
    else list.push(i);
  }
  // `*` would also name services outside the actions given, unless they are the whole catalog.
  if (everything && wholeCatalog) return ['*'];
  const patterns: string[] = [];
  for (const service of [...byService.keys()].sort()) {
    const all = byService.get(service) as number[];
    const prefix = (actions[all[0] as number] as CatalogAction).service;
    if (all.every(ok)) {
      patterns.push(`${prefix}:*`);
      continue;
    }
    const chosen: string[] = [];
    const names = (members.get(service) ?? []).map((i) => (actions[i] as CatalogAction).name).sort();
    for (const name of names) {
      const lower = name.toLowerCase();
      if (chosen.some((p) => (p.endsWith('*') ? lower.startsWith(p.slice(0, -1)) : lower === p))) continue;
      for (const candidate of wordPrefixes(name)) {
        const start = candidate.toLowerCase();
        const whole = candidate === name;
        let gathered = 0;
        const fits = all.every((i) => {
          const other = (actions[i] as CatalogAction).name.toLowerCase();
          if (!(whole ? other === start : other.startsWith(start))) return true;
          if (must.has(i)) gathered++;
          return ok(i);
        });
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
