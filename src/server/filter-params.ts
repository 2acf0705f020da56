/**
 * @module server/filter-params
 * Query parameters → the store's {@link EventFilter}: comma-separated lists split, quad classes as
 * numbers. Shapes are checked by the route schemas; meaning (real dates, from ≤ to, searchable words)
 * by the store, which names the parameter when it refuses one.
 */
import type { PloverType } from '../model/record.js';
import type { EventFilter } from '../store/index.js';

/** The filter parameters as they arrive (strings, already shape-checked). */
export interface FilterQuery {
  source?: string;
  target?: string;
  actor?: string;
  country?: string;
  cameo?: string;
  plover?: string;
  quad_class?: string;
  from?: string;
  to?: string;
  q?: string;
  story?: string;
}

/** The store filter of a request's query. */
export function filterOf(query: FilterQuery): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['source', 'target', 'actor', 'country', 'from', 'to', 'q', 'story'] as const) {
    if (query[key] !== undefined) filter[key] = query[key];
  }
  if (query.cameo !== undefined) filter.cameo = query.cameo.split(',');
  if (query.plover !== undefined) filter.plover = query.plover.toUpperCase().split(',') as PloverType[];
  if (query.quad_class !== undefined) filter.quad_class = query.quad_class.split(',').map(Number) as Array<1 | 2 | 3 | 4>;
  return filter;
}
