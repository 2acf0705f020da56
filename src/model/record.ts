/**
 * @module model/record
 * The JSONL event record: Lucca's output contract (see DESIGN.md). Other tools read it; keep it stable.
 */

/** Kinds of actor a record can name. */
export type ActorKind = 'state' | 'igo' | 'ngo' | 'person' | 'group';

/** An actor as written into an event record. Offsets are characters into the sentence. */
export interface ActorRecord {
  text: string;
  /** CAMEO actor code as PETRARCH and GDELT write it (country or IGO prefix + agents). */
  code: string;
  /** ISO 3166-1 alpha-3, or null (IGOs, unattached agents). */
  country: string | null;
  /** CAMEO sector codes (GOV, MIL, REB, …). */
  agents: string[];
  /** Organisation short name when the actor is (part of) an organisation. */
  org: string | null;
  /** Canonical name of the entity. */
  name: string | null;
  kind: ActorKind;
  start: number;
  end: number;
  /**
   * Present only when the mention was resolved from an earlier one ("he", "the ministers", the "we" of a
   * quotation): the sentence and text of that mention, and how it was found.
   */
  resolved_from?: { sentence_index: number; text: string; how: 'pronoun' | 'description' | 'speaker' };
}

/** CAMEO part of an event record. */
export interface CameoRecord {
  code: string;
  root: string;
  label: string;
  goldstein: number;
  quad_class: 1 | 2 | 3 | 4;
}

/** PLOVER part of an event record. */
export interface PloverRecord {
  type: PloverType;
  mode: string | null;
}

/** The 16 PLOVER event types. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
/** One of the 16 {@link PLOVER_TYPES}. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** How firmly the sentence asserts the event. */
export type Modality = 'asserted' | 'future' | 'conditional' | 'intent';

/** One coded event: a line of Lucca's JSONL output. */
export interface EventRecord {
  id: string;
  story_id: string;
  sentence_index: number;
  sentence: string;
  date: string | null;
  source: ActorRecord;
  target: ActorRecord | null;
  cameo: CameoRecord;
  plover: PloverRecord;
  trigger: { text: string; start: number; end: number };
  negated: boolean;
  modality: Modality;
  confidence: number;
}
