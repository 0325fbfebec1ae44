/**
 * The Venn view: the identity policies and (when there is one) the permissions boundary as two
 * sets inside the catalog, the other ceilings (SCPs, RCPs, the session policy, the VPC endpoint
 * policy) cutting their overlap, and the actions AWS always allows or a Deny covers. A pure render
 * of the analysis snapshot: every action is counted in exactly one drawn region, and only the
 * layers the scenario has are drawn. Areas are schematic; the numbers are counts. Clicking a region
 * (or its legend entry, which is what the keyboard reaches) filters the table to it.
 */
import { formatCount, slotOfLayer, type Layer } from '../../engine';
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import { changedRegionCounts } from '../../state/changes';
import type { RegionFilter } from '../../state/slices/ui';
import type { AnalysisSnapshot } from '../../worker/protocol';
import { useFilteredChanges } from '../compare/ComparisonBar';
import { REGION_INFO, regionsShown } from './regions';

/** The two sets' geometry: circles of radius 80 whose lens has its tips at (180,38) and (180,162). */
const PATHS = {
  identityOnly: 'M180 38 A80 80 0 1 0 180 162 A80 80 0 0 1 180 38 Z',
  boundaryOnly: 'M180 38 A80 80 0 1 1 180 162 A80 80 0 0 0 180 38 Z',
  lens: 'M180 38 A80 80 0 0 1 180 162 A80 80 0 0 1 180 38 Z',
  /** Identity alone, when there is no boundary. */
  single: 'M180 20 A80 80 0 1 1 179.9 20 Z',
} as const;

/** Where the ceilings cut the overlap: its lower part, below this line. */
const CEILING_Y = 124;

/** The name of a ceiling as the picture says it. */
function ceilingName(layer: Layer): string {
  return slotOfLayer(layer).layerName;
}

/** The Venn diagram figure with its legend. */
export function VennDiagram() {
  const analysis = usePlayground((s) => s.snapshot?.analysis ?? null);
  const active = usePlayground((s) => s.filters.region);
  // While the table shows only changed actions, so does the picture.
  const changes = useFilteredChanges();
  const changeSource = usePlayground((s) => (s.filters.change === 'baseline' ? s.baseline?.label : null));
  const { setFilters } = usePlaygroundActions();

  if (!analysis) {
    return (
      <figure className="venn venn-empty" aria-label="Venn diagram" aria-busy="true">
        <p role="status">Computing the effective permissions…</p>
      </figure>
    );
  }
  const c = changes ? changedRegionCounts(analysis, changes) : analysis.counts;
  const toggle = (region: RegionFilter) => setFilters({ region: active === region ? '' : region });
  const count = (filter: RegionFilter): number => (filter === '' ? 0 : (c[filter as keyof typeof c] ?? 0));
  const total =
    c.alwaysAllowed +
    c.explicitDeny +
    c.effective +
    c.cutElsewhere +
    c.identityOnly +
    c.boundaryOnly +
    c.neither;
  const shape = (region: RegionFilter, className: string, d: string, clip?: string) => (
    <path
      d={d}
      className={`venn-region ${className}${active === region ? ' is-active' : ''}`}
      onClick={() => toggle(region)}
      aria-hidden="true"
      {...(clip ? { clipPath: `url(#${clip})` } : {})}
    />
  );
  const overlap = analysis.hasBoundary ? PATHS.lens : PATHS.single;
  const hasCeilings = analysis.ceilings.length > 0;
  // Drawn whenever something lands there: ceilings, or identity and boundary grants with no request in common.
  const cutDrawn = hasCeilings || c.cutElsewhere > 0;

  return (
    <figure className="venn" aria-label="Venn diagram" data-testid="venn">
      <svg viewBox="0 0 360 214" className="venn-svg" aria-hidden="true">
        <defs>
          <clipPath id="venn-overlap">
            <path d={overlap} />
          </clipPath>
          <pattern
            id="venn-ceiling-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="venn-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="venn-hatch-line" />
          </pattern>
        </defs>
        {shape('neither', 'tone-neutral', 'M4 4h352v184H4z')}
        {analysis.hasBoundary && shape('identityOnly', 'tone-cut', PATHS.identityOnly)}
        {analysis.hasBoundary && shape('boundaryOnly', 'tone-boundary', PATHS.boundaryOnly)}
        {shape('effective', 'tone-allow', overlap)}
        {cutDrawn && shape('cutElsewhere', 'tone-ceiling', `M0 ${CEILING_Y}h360v90H0z`, 'venn-overlap')}
        <text x={analysis.hasBoundary ? 120 : 180} y="15" className="venn-set-label" textAnchor="middle">
          Identity policies
        </text>
        {analysis.hasBoundary && (
          <text x="240" y="15" className="venn-set-label" textAnchor="middle">
            Permissions boundary
          </text>
        )}
        {analysis.hasBoundary && (
          <text x="110" y="104" className="venn-count" textAnchor="middle">
            {formatCount(c.identityOnly)}
          </text>
        )}
        <text x="180" y={cutDrawn ? 88 : 98} className="venn-count" textAnchor="middle">
          {formatCount(c.effective)}
        </text>
        <text x="180" y={cutDrawn ? 104 : 116} className="venn-sub" textAnchor="middle">
          {c.effectiveConditional > 0 ? `${formatCount(c.effectiveConditional)} conditional` : 'effective'}
        </text>
        {cutDrawn && (
          <>
            <text x="180" y={CEILING_Y + 18} className="venn-count venn-count-small" textAnchor="middle">
              {formatCount(c.cutElsewhere)}
            </text>
            <text x="180" y={CEILING_Y + 30} className="venn-sub" textAnchor="middle">
              {hasCeilings ? 'cut elsewhere' : 'no request in common'}
            </text>
          </>
        )}
        {analysis.hasBoundary && (
          <text x="250" y="104" className="venn-count" textAnchor="middle">
            {formatCount(c.boundaryOnly)}
          </text>
        )}
        <text x="12" y="182" className="venn-sub">
          {formatCount(c.neither)} in neither
        </text>
        <Pill
          x={126}
          label={`${formatCount(c.alwaysAllowed)} always allowed`}
          tone="always"
          onClick={() => toggle('alwaysAllowed')}
        />
        {c.explicitDeny > 0 && (
          <Pill
            x={244}
            label={`${formatCount(c.explicitDeny)} denied`}
            tone="deny"
            onClick={() => toggle('explicitDeny')}
          />
        )}
      </svg>
      <figcaption>
        {!analysis.hasBoundary && (
          <p className="venn-note">
            No permissions boundary: the identity policies alone set the effective permissions.
          </p>
        )}
        {hasCeilings && !changes && <CeilingNote analysis={analysis} />}
        {changes && (
          <p className="venn-note" data-testid="venn.changed">
            Counting only the actions whose result changed{' '}
            {changeSource ? `against ${changeSource}` : 'with your last edit'}.
          </p>
        )}
        <ul className="venn-legend">
          {REGION_INFO.filter((r) => regionsShown(analysis).includes(r.filter)).map((r) => (
            <li key={r.filter}>
              <button
                type="button"
                className={`legend-item tone-${r.tone}${active === r.filter ? ' is-active' : ''}`}
                aria-pressed={active === r.filter}
                title={r.description}
                onClick={() => toggle(r.filter)}
                data-testid={`venn.${r.filter}`}
              >
                <span className="legend-swatch" aria-hidden="true" />
                <span className="legend-label">{r.label}</span>
                <span className="legend-count">{formatCount(count(r.filter))}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="venn-note venn-scale" data-testid="venn.total">
          Areas are schematic; the numbers count actions, {formatCount(total)} in all.
        </p>
      </figcaption>
    </figure>
  );
}

/** A small clickable label at the bottom of the picture. */
function Pill({
  x,
  label,
  tone,
  onClick,
}: {
  x: number;
  label: string;
  tone: 'always' | 'deny';
  onClick: () => void;
}) {
  const width = 112;
  return (
    <g className={`venn-pill tone-${tone}`} onClick={onClick} transform={`translate(${x}, 192)`}>
      <rect width={width} height="18" rx="9" />
      <text x={width / 2} y="13" textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** Which ceilings the scenario has, and how many actions each cuts from the overlap. */
function CeilingNote({ analysis }: { analysis: AnalysisSnapshot }) {
  const parts = analysis.ceilings.map((layer) => {
    const cut = analysis.cutElsewhereBy[layer] ?? 0;
    return `${ceilingName(layer)} ${formatCount(cut)}`;
  });
  const combined = analysis.cutElsewhereBy.combined ?? 0;
  if (combined > 0) parts.push(`their grants together ${formatCount(combined)}`);
  return (
    <p className="venn-note" data-testid="venn.ceilings">
      Ceilings besides the boundary cut the overlap: {parts.join(' · ')}.
    </p>
  );
}
