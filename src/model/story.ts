/**
 * @module model/story
 * The story and its annotations: the plain data that flows through every stage of the pipeline.
 */

/** Metadata and text of one news story, as the ingest readers produce it. */
export interface Story {
  /** Stable id; becomes `story_id` in every event record. */
  id: string;
  /** Clean article text (no markup). */
  text: string;
  /** Story date as `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  title?: string;
  url?: string;
  outlet?: string;
  /** Where the story came from (file path, with line for JSONL), for error messages. */
  origin?: string;
}

/** Universal POS tags as wink-nlp emits them. */
export type PosTag =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/**
 * One sentence as a flat token table (one array per attribute, indexed by token number).
 * Spans elsewhere are `{start, end}` token ranges into these arrays, never copies of tokens.
 */
export interface Sentence {
  /** Position of the sentence in its story (0-based). */
  index: number;
  /** Sentence text exactly as in the story. */
  text: string;
  /** Character offset of the sentence in the story text. */
  offset: number;
  /** Token surface forms. */
  words: string[];
  /** Lower-cased surface forms (accents kept). */
  lower: string[];
  /** Lemmas (lower case). */
  lemmas: string[];
  pos: PosTag[];
  /** Character offsets of each token, relative to `text`. */
  starts: number[];
  ends: number[];
  /** Whether the tokenizer saw whitespace before the token. */
  spaceBefore: boolean[];
}

/** A half-open token range `[start, end)` inside one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
}
