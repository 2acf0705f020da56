/**
 * @module model/api
 * The shapes of what the store returns and the HTTP API sends: pages of events, stored stories, series,
 * the actor network and actor summaries. The dashboard (web/) reads the same types.
 */
import type { EventRecord } from './record.js';

/** One page of events and the cursor of the next one (null on the last page). */
export interface EventPage {
  events: EventRecord[];
  next: string | null;
}

/** A sentence of a stored story; `offset` is its character offset in the story text. */
export interface StoredSentence {
  index: number;
  offset: number;
  text: string;
}

/**
 * A stored story with its sentences and events. An event's spans are offsets into its sentence; add the
 * sentence's `offset` for offsets into `text`.
 */
export interface StoredStory {
  id: string;
  text: string;
  date: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  origin: string | null;
  /** SHA-256 of the text, the content half of the store's idempotence. */
  hash: string;
  added_at: string;
  sentences: StoredSentence[];
  events: EventRecord[];
}

/** Periods of a time series. */
export const SERIES_INTERVALS = ['day', 'week', 'month'] as const;
export type SeriesInterval = (typeof SERIES_INTERVALS)[number];

/** Count and mean Goldstein value of a set of events. */
export interface CountAndMean {
  count: number;
  /** Mean Goldstein value, or null when `count` is 0. */
  goldstein: number | null;
}

/** One period of a series: all events, and the events of each quad class. */
export interface SeriesPoint extends CountAndMean {
  /** `YYYY-MM-DD` (day; the Monday of an ISO week) or `YYYY-MM` (month). */
  period: string;
  quad_class: Record<'1' | '2' | '3' | '4', CountAndMean>;
}

/** A time series: only periods with events are listed, in order; events without a date are left out. */
export interface Series {
  interval: SeriesInterval;
  points: SeriesPoint[];
}

/** An actor as the store knows it, with how many stored events name it. */
export interface ActorSummary {
  code: string;
  name: string | null;
  country: string | null;
  kind: string | null;
  /** Events with this actor as source plus events with it as target. */
  events: number;
  as_source: number;
  as_target: number;
}

/** A node of the actor network: an actor and its dyadic event counts within the filter. */
export interface NetworkNode {
  code: string;
  name: string | null;
  country: string | null;
  kind: string | null;
  /** Events the actor is source of (`out`) or target of (`in`) within the filter. */
  out: number;
  in: number;
}

/** A directed, weighted edge: events from `source` to `target`. */
export interface NetworkEdge extends CountAndMean {
  source: string;
  target: string;
}

/** The top actors of a filter and the edges between them (dyadic events only). */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}
