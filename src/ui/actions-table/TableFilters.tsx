/** The table's filters: a search that takes globs, service, access level and region. */
import { memo } from 'react';

import { usePlayground, usePlaygroundActions } from '../../state/hooks';
import type { RegionFilter } from '../../state/slices/ui';
import { REGION_INFO } from '../diagram/regions';

const LEVELS = ['List', 'Read', 'Write', 'Tagging', 'Permissions management'];

/** Filter controls bound to the store. */
export const TableFilters = memo(function TableFilters() {
  const filters = usePlayground((s) => s.filters);
  const services = usePlayground((s) => s.catalog?.services ?? null);
  const { setFilters } = usePlaygroundActions();
  return (
    <div className="table-filters" role="search" aria-label="Filter actions">
      <label className="filter-search">
        <span>Search</span>
        <input
          type="search"
          value={filters.search}
          placeholder="s3:Get*"
          spellCheck={false}
          onChange={(e) => setFilters({ search: e.target.value })}
          data-testid="table.search"
        />
      </label>
      <label>
        <span>Service</span>
        <select value={filters.service} onChange={(e) => setFilters({ service: e.target.value })}>
          <option value="">All services</option>
          {services?.map((s) => (
            <option key={s.prefix} value={s.prefix}>
              {s.prefix}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Access level</span>
        <select value={filters.accessLevel} onChange={(e) => setFilters({ accessLevel: e.target.value })}>
          <option value="">All levels</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Region</span>
        <select
          value={filters.region}
          onChange={(e) => setFilters({ region: e.target.value as RegionFilter })}
          data-testid="table.region"
        >
          <option value="">Any region</option>
          <option value="effective">Effective (all)</option>
          {REGION_INFO.map((r) => (
            <option key={r.filter} value={r.filter}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
});
