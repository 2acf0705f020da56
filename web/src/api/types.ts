/**
 * @module web/api/types
 * The shapes the dashboard reads from the HTTP API. Event records are the JSONL contract itself
 * (imported from the server's model); the other responses mirror the route schemas in
 * `src/server/schemas.ts`.
 */
import type { EventRecord, PloverType } from '../../../src/model/record';

export type { EventRecord, PloverType };
export { PLOVER_TYPES } from '../../../src/model/record';

/** `GET /api/events`: one page of records and the cursor of the next. */
export interface EventPage {
  events: EventRecord[];
  next: string | null;
}

/** A sentence of a stored story; `offset` is its first character in the story text. */
export interface StorySentence {
  index: number;
  offset: number;
  text: string;
}

/** `GET /api/stories/:id`. */
export interface StoredStory {
  id: string;
  text: string;
  date: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  origin: string | null;
  hash: string;
  added_at: string;
  sentences: StorySentence[];
  events: EventRecord[];
}

/** An event count with its mean Goldstein value (null when the count is 0). */
export interface CountAndMean {
  count: number;
  goldstein: number | null;
}

/** The quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** One period of `GET /api/series`. */
export interface SeriesPoint extends CountAndMean {
  period: string;
  quad_class: Record<QuadClass, CountAndMean>;
}

/** Periods the series can be cut into. */
export type SeriesInterval = 'day' | 'week' | 'month';

/** `GET /api/series`. */
export interface Series {
  interval: SeriesInterval;
  points: SeriesPoint[];
}

/** A node of `GET /api/network`: events as source (`out`) and as target (`in`). */
export interface NetworkNode {
  code: string;
  name: string | null;
  country: string | null;
  kind: string | null;
  out: number;
  in: number;
}

/** A directed edge of `GET /api/network`, weighed by its events. */
export interface NetworkEdge extends CountAndMean {
  source: string;
  target: string;
}

/** `GET /api/network`. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** One actor of `GET /api/actors`. */
export interface ActorSummary {
  code: string;
  name: string | null;
  country: string | null;
  kind: string | null;
  events: number;
  as_source: number;
  as_target: number;
}

/** `POST /api/code`. */
export interface CodeResult {
  story_id: string;
  sentences: number;
  warnings: string[];
  events: EventRecord[];
}

/** The body of every API error: the message starts with the parameter's name. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  parameter?: string;
}
