/**
 * @module store/event-store
 * The event store interface: what `lucca ingest`, `lucca serve` and the dashboard need from storage.
 * SQLite implements it now (`openSqliteStore`); a PostgreSQL implementation can follow without touching
 * callers, and both run the same test suite.
 */
import type { Coder, StoryResult } from '../pipeline/coder.js';
import type { EventRecord, PloverType } from '../model/record.js';
import type { Story } from '../model/story.js';
import { SERIES_INTERVALS, type EventPage, type StoredSentence, type StoredStory, type SeriesInterval, type CountAndMean, type SeriesPoint, type Series, type ActorSummary, type NetworkNode, type NetworkEdge, type Network } from '../model/api.js';

export { SERIES_INTERVALS, type EventPage, type StoredSentence, type StoredStory, type SeriesInterval, type CountAndMean, type SeriesPoint, type Series, type ActorSummary, type NetworkNode, type NetworkEdge, type Network };

/** What storing one story did. */
export type AddOutcome = 'added' | 'duplicate';

/** A story and the result of coding it, as `addStories` takes them. */
export interface CodedStory {
  story: Story;
  result: StoryResult;
}

/**
 * Which events a query selects. Every field is optional; given fields are combined with AND.
 * Names match the HTTP API's query parameters, so an error can name the parameter.
 *
 * Actor codes (`source`, `target`, `actor`) match a code exactly (`RUSGOV`), or every code that starts
 * with a prefix when they end in `*` (`RUS*` matches RUS, RUSGOV, RUSMIL…).
 */
export interface EventFilter {
  /** Source actor code (or `PREFIX*`). */
  source?: string;
  /** Target actor code (or `PREFIX*`). */
  target?: string;
  /** Actor code (or `PREFIX*`) on either side. */
  actor?: string;
  /** ISO 3166-1 alpha-3 country of the source or the target. */
  country?: string;
  /** CAMEO codes or roots; each matches itself and the codes below it (`02` every code of root 02, `0211` only 0211). */
  cameo?: string[];
  /** PLOVER event types. */
  plover?: PloverType[];
  /** Quad classes (1 verbal cooperation … 4 material conflict). */
  quad_class?: Array<1 | 2 | 3 | 4>;
  /** First day, `YYYY-MM-DD`, inclusive. Events without a date never match a date bound. */
  from?: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** Full-text query over the evidence sentences: words (all must occur), `"a phrase"`, `prefix*`. */
  q?: string;
  /** Only the events of one story. */
  story?: string;
}

/** Orders of an event listing: by date (then insertion order) or by insertion order; `-` for descending. */
export const EVENT_SORTS = ['date', '-date', 'id', '-id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

/** Largest page `queryEvents` returns. */
export const MAX_PAGE = 1000;

/** Which page of a listing to return. */
export interface PageRequest {
  /** Events per page, 1 … {@link MAX_PAGE} (default 100). */
  limit?: number;
  /** The `next` value of the previous page; absent for the first page. */
  cursor?: string | null;
  /** Default `-date` (newest first). */
  sort?: EventSort;
}

/** Totals of a store. */
export interface StoreStats {
  stories: number;
  sentences: number;
  events: number;
  actors: number;
}

/** Options of {@link EventStore.recodeAll}. */
export interface RecodeOptions {
  /** Stories per transaction (default 200). */
  batchSize?: number;
  /** Called after each committed batch with the number of stories recoded so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** What a recode did. */
export interface RecodeSummary {
  stories: number;
  sentences: number;
  events: number;
}

/**
 * Storage for stories, their sentences and coded events.
 *
 * Writes are idempotent: a story whose id or text (by SHA-256) is already stored is a `'duplicate'` and
 * changes nothing. Reads return event records exactly as the coder wrote them (the JSONL contract).
 * Invalid filter values throw `LuccaError('OPTION_INVALID')` with a message that starts with the
 * parameter's name.
 *
 * @example
 * const store = openSqliteStore('lucca.db');
 * store.addStory(story, coder.codeStory(story, { trace: true }));
 * const { events, next } = store.queryEvents({ actor: 'RUS*', from: '2017-01-01' }, { limit: 50 });
 * store.close();
 */
export interface EventStore {
  /**
   * Store a story, its sentences and its events in one transaction. Pass a result coded with
   * `{ trace: true }` so that every sentence is stored (and searchable); without a trace only the
   * sentences that carry events are known.
   */
  addStory(story: Story, result: StoryResult): AddOutcome;
  /**
   * Store many stories in one transaction (one commit). A story that fails is rolled back alone and
   * returned as its `Error`; the others are committed.
   */
  addStories(items: CodedStory[]): Array<AddOutcome | Error>;
  /** Whether a story with this id, or with text of this content hash (see `contentHash`), is stored. */
  hasStory(ref: { id?: string; hash?: string }): boolean;
  /** A page of events matching `filter`. */
  queryEvents(filter: EventFilter, page?: PageRequest): EventPage;
  /** One event record by id, or null. */
  getEvent(id: string): EventRecord | null;
  /** One story with its sentences and events, or null. */
  getStory(id: string): StoredStory | null;
  /** Event counts and mean Goldstein per period, split by quad class. */
  series(filter: EventFilter, interval: SeriesInterval): Series;
  /** The `limit` actors with most dyadic events in the filter, and the edges between them. */
  network(filter: EventFilter, limit: number): Network;
  /** Actors whose code starts with `q` or whose name contains it (all when `q` is empty), most events first. */
  actors(q: string | null, limit: number): ActorSummary[];
  /** Every event matching `filter`, in `sort` order (default `id`), read a page at a time. */
  exportEvents(filter: EventFilter, sort?: EventSort): IterableIterator<EventRecord>;
  /** Recode every stored story with `coder` (after a dictionary change), a batch per transaction. */
  recodeAll(coder: Coder, options?: RecodeOptions): RecodeSummary;
  /** Totals. */
  stats(): StoreStats;
  /** Close the store; it cannot be used afterwards. */
  close(): void;
}
