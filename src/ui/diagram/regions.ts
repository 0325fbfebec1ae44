/** Names and descriptions of the Venn regions, shared by the diagram, its legend and the table. */
import type { RegionFilter } from '../../state/slices/ui';
import type { AnalysisSnapshot } from '../../worker/protocol';

/** One entry of the legend. */
export interface RegionInfo {
  readonly filter: Exclude<RegionFilter, ''>;
  readonly label: string;
  readonly description: string;
  /** CSS class that colours it. */
  readonly tone: 'allow' | 'conditional' | 'cut' | 'ceiling' | 'boundary' | 'neutral' | 'deny' | 'always';
}

/** The regions in legend order. */
export const REGION_INFO: readonly RegionInfo[] = [
  {
    filter: 'effectiveAllowed',
    label: 'Allowed',
    description: 'Both the identity policies and the boundary allow it on every resource, unconditionally.',
    tone: 'allow',
  },
  {
    filter: 'effectiveConditional',
    label: 'Conditional',
    description: 'Both allow it, but only for some resources or under conditions.',
    tone: 'conditional',
  },
  {
    filter: 'identityOnly',
    label: 'Cut by boundary',
    description: 'The identity policies allow it; the permissions boundary does not.',
    tone: 'cut',
  },
  {
    filter: 'boundaryOnly',
    label: 'Boundary only',
    description: 'The boundary would allow it, but no identity policy grants it.',
    tone: 'boundary',
  },
  {
    filter: 'cutElsewhere',
    label: 'Cut elsewhere',
    description:
      'Identity and boundary allow it, but another ceiling (an SCP, the VPC endpoint or session policy) does not, or their grants share no request.',
    tone: 'ceiling',
  },
  {
    filter: 'explicitDeny',
    label: 'Explicit deny',
    description: 'A Deny statement in some policy covers it.',
    tone: 'deny',
  },
  {
    filter: 'neither',
    label: 'Neither',
    description: 'Neither the identity policies nor the boundary allow it.',
    tone: 'neutral',
  },
  {
    filter: 'alwaysAllowed',
    label: 'Always allowed',
    description:
      'AWS allows it whatever the policies say (sts:GetCallerIdentity; sts:GetSessionToken for IAM users and the root user).',
    tone: 'always',
  },
];

/**
 * The regions a scenario can have, for the legend: no boundary regions without a boundary, and
 * "cut elsewhere" only when some ceiling exists or something landed there.
 */
export function regionsShown(analysis: AnalysisSnapshot): readonly RegionInfo['filter'][] {
  return REGION_INFO.map((r) => r.filter).filter((filter) => {
    if (filter === 'identityOnly' || filter === 'boundaryOnly') return analysis.hasBoundary;
    if (filter === 'cutElsewhere') return analysis.ceilings.length > 0 || analysis.counts.cutElsewhere > 0;
    return true;
  });
}
