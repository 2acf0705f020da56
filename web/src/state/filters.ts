/**
 * @module web/state/filters
 * The dashboard's filter as plain data, and its two-way mapping to the page URL's query string, so that
 * a filtered view can be bookmarked, shared and walked with the browser's back button.
 */

/** The filter fields the dashboard offers (the API's filter parameters of the same names). */
export const FILTER_KEYS = ['actor', 'source', 'target', 'cameo', 'plover', 'from', 'to', 'q'] as const;
/** One of {@link FILTER_KEYS}. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The filter: `''` means "not filtered on this field". */
export type Filters = Record<FilterKey, string>;

/** A filter that lets everything through. */
export const EMPTY_FILTERS: Filters = { actor: '', source: '', target: '', cameo: '', plover: '', from: '', to: '', q: '' };

/** Everything the URL holds: the filter, the timeline interval, and the story (and event) on view. */
export interface ViewState {
  filters: Filters;
  interval: 'day' | 'week' | 'month';
  /** Id of the story open in the story view, or `''`. */
  story: string;
  /** Id of the event picked in that story, or `''`. */
  event: string;
}

const ACTOR_KEYS: readonly FilterKey[] = ['actor', 'source', 'target'];

/** A filter value as the API wants it: trimmed; actor codes and PLOVER types in capitals. */
export function normalizeValue(key: FilterKey, value: string): string {
  const v = value.trim();
  return ACTOR_KEYS.includes(key) || key === 'plover' ? v.toUpperCase() : v;
}

/** Read the view state from a query string (`location.search`). Unknown parameters are ignored. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const filters = { ...EMPTY_FILTERS };
  for (const key of FILTER_KEYS) filters[key] = normalizeValue(key, p.get(key) ?? '');
  const interval = p.get('interval');
  return {
    filters,
    interval: interval === 'day' || interval === 'week' ? interval : 'month',
    story: p.get('story') ?? '',
    event: p.get('event') ?? '',
  };
}

/** The query string of a view state (`''` or `?…`); defaults are left out. */
export function formatViewState(state: ViewState): string {
  const p = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) p.set(key, state.filters[key]);
  if (state.interval !== 'month') p.set('interval', state.interval);
  if (state.story) p.set('story', state.story);
  if (state.event) p.set('event', state.event);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** True when no field is set. */
export function isEmptyFilter(filters: Filters): boolean {
  return FILTER_KEYS.every((k) => !filters[k]);
}
