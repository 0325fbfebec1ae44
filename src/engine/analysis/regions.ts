/** The Venn regions (identity vs boundary) and their counts; definitions live on {@link Region}. */

import type { Region, RegionCounts } from './types';

/** Regions as stored: positions in `REGIONS` (`codes.ts`). */
const CODE = {
  alwaysAllowed: 0,
  explicitDeny: 1,
  effective: 2,
  cutElsewhere: 3,
  identityOnly: 4,
  boundaryOnly: 5,
  neither: 6,
} as const satisfies Record<Region, number>;

/**
 * The region code of one action. `identityAllows` / `boundaryAllows` mean the layer's class
 * is `all` or `some` (for the root user identity counts as allowing); `boundaryAllows` is null
 * when there is no boundary; `notDenied` means the effective result is `allowed` or
 * `conditional`.
 */
export function regionOf(
  alwaysAllowed: boolean,
  explicitDeny: boolean,
  identityAllows: boolean,
  boundaryAllows: boolean | null,
  notDenied: boolean,
): number {
  if (alwaysAllowed) return CODE.alwaysAllowed;
  if (explicitDeny) return CODE.explicitDeny;
  if (identityAllows && boundaryAllows !== false) return notDenied ? CODE.effective : CODE.cutElsewhere;
  if (identityAllows) return CODE.identityOnly;
  return boundaryAllows === true ? CODE.boundaryOnly : CODE.neither;
}

/** Counts per region; `allowedCode` is the effective code of `allowed` (to split `effective`). */
export function countRegions(regions: Uint8Array, effective: Uint8Array, allowedCode: number): RegionCounts {
  const counts = [0, 0, 0, 0, 0, 0, 0];
  let effectiveAllowed = 0;
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i] as number;
    counts[region] = (counts[region] as number) + 1;
    if (region === CODE.effective && effective[i] === allowedCode) effectiveAllowed++;
  }
  const at = (code: number) => counts[code] as number;
  return {
    alwaysAllowed: at(CODE.alwaysAllowed),
    explicitDeny: at(CODE.explicitDeny),
    effective: at(CODE.effective),
    effectiveAllowed,
    effectiveConditional: at(CODE.effective) - effectiveAllowed,
    cutElsewhere: at(CODE.cutElsewhere),
    identityOnly: at(CODE.identityOnly),
    boundaryOnly: at(CODE.boundaryOnly),
    neither: at(CODE.neither),
  };
}
