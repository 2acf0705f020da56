/**
 * @module web/api/urls
 * The API URLs each panel reads, in one place: the panels fetch them, and the entry point asks for the
 * first view's before React has rendered anything (see {@link prefetch}).
 */
import type { Filters, ViewState } from '../state/filters';
import { apiUrl, getJson } from './client';

/** Events per page of the event table. */
export const PAGE_SIZE = 25;
/** Actors in the network. */
export const NETWORK_SIZE = 50;

/** `/api/series` of a filter. */
export const seriesUrl = (filters: Filters, interval: ViewState['interval']) => apiUrl('/api/series', { ...filters, interval });
/** `/api/network` of a filter: its top {@link NETWORK_SIZE} actors. */
export const networkUrl = (filters: Filters) => apiUrl('/api/network', { ...filters, limit: NETWORK_SIZE });
/** One page of `/api/events` of a filter. */
export const eventsUrl = (filters: Filters, cursor?: string) => apiUrl('/api/events', { ...filters, limit: PAGE_SIZE, cursor });
/** `/api/stories/:id`. */
export const storyUrl = (id: string) => apiUrl(`/api/stories/${encodeURIComponent(id)}`);

/** A request started early, and its outcome once known. */
interface Early {
  promise: Promise<unknown>;
  settled: boolean;
  value?: unknown;
}

const early = new Map<string, Early>();

/** Start fetching `url` now; the first {@link takePrefetched} of the same URL gets the answer. */
export function prefetch(url: string): Promise<unknown> {
  const known = early.get(url);
  if (known) return known.promise;
  const entry: Early = { promise: getJson(url), settled: false };
  entry.promise.then((value) => Object.assign(entry, { settled: true, value }), () => {}); // failures go to the taker
  early.set(url, entry);
  return entry.promise;
}

/** The prefetched answer of `url`, once (later calls fetch again). */
export function takePrefetched<T>(url: string): Promise<T> | undefined {
  const p = early.get(url);
  early.delete(url);
  return p?.promise as Promise<T> | undefined;
}

/** The prefetched answer of `url` if it has already arrived (without taking it). */
export function prefetchedValue<T>(url: string): T | undefined {
  const p = early.get(url);
  return p?.settled ? (p.value as T) : undefined;
}

/** The records the first view of a view state shows: a page of events (and the open story). */
export function firstViewUrls(view: ViewState): string[] {
  const urls = [eventsUrl(view.filters)];
  if (view.story) urls.push(storyUrl(view.story));
  return urls;
}

/** The aggregates the first view of a view state draws: the timeline's series and the network. */
export function aggregateUrls(view: ViewState): string[] {
  return [seriesUrl(view.filters, view.interval), networkUrl(view.filters)];
}
