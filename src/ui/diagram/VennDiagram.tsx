/**
 * The Venn view: identity policies and permissions boundary as two sets, with the counts the
 * analysis computed. A pure render of the analysis snapshot; clicking a region (or its legend
 * entry, which is what the keyboard reaches) filters the table to it.
 */
import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { RegionFilter } from '../../state/slices/ui';
import { REGION_INFO } from './regions';

const format = new Intl.NumberFormat('en');

/** The Venn diagram figure with its legend. */
export function VennDiagram() {
  const analysis = usePlayground((s) => s.snapshot?.analysis ?? null);
  const stale = usePlayground((s) => s.stale);
  const active = usePlayground((s) => s.filters.region);
  const { setFilters } = usePlaygroundActions();

  if (!analysis) {
    return (
      <figure className="venn venn-empty" aria-label="Venn diagram" aria-busy="true">
        <p role="status">Computing the effective permissions…</p>
      </figure>
    );
  }
  const c = analysis.counts;
  const toggle = (region: RegionFilter) => setFilters({ region: active === region ? '' : region });
  const count = (filter: RegionFilter): number => (filter === '' ? 0 : (c[filter as keyof typeof c] ?? 0));
  const shape = (region: RegionFilter, className: string, d: string) => (
    <path
      d={d}
      className={`venn-region ${className}${active === region ? ' is-active' : ''}`}
      onClick={() => toggle(region)}
      aria-hidden="true"
    />
  );

  return (
    <figure className={`venn${stale ? ' is-stale' : ''}`} aria-label="Venn diagram" data-testid="venn">
      <svg viewBox="0 0 360 200" className="venn-svg" aria-hidden="true">
        {shape('neither', 'tone-neutral', 'M4 4h352v192H4z')}
        {/* Left circle minus the lens: granted but cut by the boundary. */}
        {shape('identityOnly', 'tone-cut', 'M180 38 A80 80 0 1 0 180 162 A80 80 0 0 1 180 38 Z')}
        {shape('boundaryOnly', 'tone-boundary', 'M180 38 A80 80 0 1 1 180 162 A80 80 0 0 0 180 38 Z')}
        {shape('effective', 'tone-allow', 'M180 38 A80 80 0 0 1 180 162 A80 80 0 0 1 180 38 Z')}
        <text x="120" y="14" className="venn-set-label" textAnchor="middle">
          Identity policies
        </text>
        <text x="240" y="14" className="venn-set-label" textAnchor="middle">
          {analysis.hasBoundary ? 'Permissions boundary' : 'No boundary'}
        </text>
        <text x="110" y="104" className="venn-count" textAnchor="middle">
          {format.format(c.identityOnly)}
        </text>
        <text x="180" y="98" className="venn-count" textAnchor="middle">
          {format.format(c.effective)}
        </text>
        <text x="180" y="116" className="venn-sub" textAnchor="middle">
          {c.effectiveConditional > 0 ? `${format.format(c.effectiveConditional)} conditional` : 'effective'}
        </text>
        <text x="250" y="104" className="venn-count" textAnchor="middle">
          {format.format(c.boundaryOnly)}
        </text>
        <text x="22" y="186" className="venn-sub">
          {format.format(c.neither)} in neither
        </text>
        {c.explicitDeny > 0 && (
          <g className="venn-deny" onClick={() => toggle('explicitDeny')}>
            <rect x="268" y="164" width="84" height="26" rx="13" />
            <text x="310" y="181" textAnchor="middle">
              {format.format(c.explicitDeny)} denied
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        {!analysis.hasBoundary && (
          <p className="venn-note">
            No permissions boundary: the identity policies alone set the effective permissions.
          </p>
        )}
        <ul className="venn-legend">
          {REGION_INFO.map((r) => (
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
                <span className="legend-count">{format.format(count(r.filter))}</span>
              </button>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
