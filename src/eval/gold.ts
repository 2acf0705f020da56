/**
 * @module eval/gold
 * Gold-standard sentences and event triples, the common currency of every gold reader and the scorer.
 */

/**
 * One coded event as PETRARCH writes it: actor codes and the CAMEO event code. A missing target is written
 * `---` (PETRARCH's null code, as in the gold files); unattached agents are written `---GOV`.
 */
export interface Triple {
  source: string;
  target: string;
  code: string;
}

/** The code PETRARCH writes for a missing actor. */
export const NO_ACTOR = '---';

/** One gold record: a sentence (or a short story) with the events it should produce. */
export interface GoldSentence {
  /** Record id; predictions are keyed by it. */
  id: string;
  /** `YYYY-MM-DD`, or null when the record has none. */
  date: string | null;
  /** Category for the per-category table (DEMO, ACTOR, SYNSET, …). */
  category: string;
  /** The text, whitespace-normalised. */
  text: string;
  /** Expected events (empty when `noEvents` or `skip`). */
  triples: Triple[];
  /** The correct output is no event at all. */
  noEvents: boolean;
  /** Not scored: the record tests an error condition (`error` says which). */
  skip: boolean;
  /** PETRARCH's expected error (`dateline`, `bad_input_parse`, `storydiscard`, `sentencediscard`), or null. */
  error: string | null;
  /**
   * False for records PETRARCH marks `sentence="false"`: TABARI features PETRARCH never implemented.
   * They are still scored.
   */
  implemented: boolean;
  /** PETRARCH `<Config>` options in effect for this record (e.g. `require_dyad: 'false'`). */
  config: Record<string, string>;
  origin: { file: string; line: number };
}

/** A triple as one readable string, `SOURCE TARGET CODE`, also its identity for scoring. */
export function tripleKey(t: Triple): string {
  return `${t.source} ${t.target} ${t.code}`;
}

/** The fields of a Lucca event record that scoring needs (an `EventRecord` fits). */
export interface CodedEvent {
  story_id: string;
  sentence_index: number;
  source: { code: string };
  target: { code: string } | null;
  cameo: { code: string };
}

/** A Lucca event as a triple; a null target becomes `---`. */
export function tripleOf(event: CodedEvent): Triple {
  return { source: event.source.code, target: event.target?.code ?? NO_ACTOR, code: event.cameo.code };
}

/** The key of one sentence of a story, as used by sentence-level gold (`story:index`). */
export function sentenceKey(storyId: string, sentenceIndex: number): string {
  return `${storyId}:${sentenceIndex}`;
}

/**
 * Group coded events into predictions by record id: by story (PETRARCH XML gold, where each record is a
 * story) or by sentence (`story:index`, Lucca JSONL gold).
 *
 * @example
 * scoreSentences(gold, groupPredictions(events, 'story'))
 */
export function groupPredictions(events: Iterable<CodedEvent>, by: 'story' | 'sentence', toTriple: (e: CodedEvent) => Triple = tripleOf): Map<string, Triple[]> {
  const out = new Map<string, Triple[]>();
  for (const e of events) {
    const key = by === 'story' ? e.story_id : sentenceKey(e.story_id, e.sentence_index);
    const list = out.get(key) ?? [];
    list.push(toTriple(e));
    out.set(key, list);
  }
  return out;
}
