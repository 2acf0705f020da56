/**
 * @module web/api/types
 * The shapes the dashboard reads from the HTTP API: the JSONL contract and the store's response types,
 * imported from the server's model so that both sides share one definition.
 */
import type { EventRecord, PloverType } from '../../../src/model/record';

export type { EventRecord, PloverType };
export { PLOVER_TYPES } from '../../../src/model/record';
export type {
  ActorSummary, CountAndMean, EventPage, Network, NetworkEdge, NetworkNode, Series, SeriesInterval, SeriesPoint,
  StoredSentence as StorySentence, StoredStory,
} from '../../../src/model/api';

/** The quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

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
