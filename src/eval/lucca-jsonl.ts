/**
 * @module eval/lucca-jsonl
 * Read gold events written as Lucca JSONL (one event record per line, the output contract) and group them
 * into gold sentences. PLOVER JSON gold is not read yet.
 */
import { LuccaError } from '../model/errors.js';
import { NO_ACTOR, sentenceKey, type GoldSentence } from './gold.js';

/** Options for {@link readLuccaJsonl}. */
export interface LuccaJsonlOptions {
  /** Group events per sentence (`story:index`, the default) or per story. */
  by?: 'sentence' | 'story';
}

type Json = Record<string, unknown>;

function field(obj: Json, path: string[], where: { file: string; line: number }): string {
  let cur: unknown = obj;
  for (const p of path) cur = cur !== null && typeof cur === 'object' ? (cur as Json)[p] : undefined;
  if (typeof cur === 'number') return String(cur);
  if (typeof cur !== 'string' || !cur) throw new LuccaError('INPUT_FIELD', `missing or empty ${path.join('.')}`, where);
  return cur;
}

function optional(obj: Json, key: string): string | null {
  const v = obj[key];
  return typeof v === 'string' && v ? v : null;
}

/**
 * Read Lucca JSONL gold. Lines with `cameo` are events (`story_id`, `sentence_index`, `source.code`,
 * `target.code` or `target: null` → `---`, `cameo.code`); a line without `cameo` declares a sentence (or
 * story) that should produce no events (per story, any event of the story overrides it). Optional `sentence`, `date` and `category` fill the record
 * (category defaults to `all`). Errors: `INPUT_JSON` for a bad line, `INPUT_FIELD` for a missing field or a
 * no-events record that also has events — with file and line.
 *
 * @example
 * {"story_id":"s1","sentence_index":0,"sentence":"…","source":{"code":"RUS"},"target":{"code":"UKR"},"cameo":{"code":"190"}}
 * {"story_id":"s1","sentence_index":1,"sentence":"It rained.","category":"NONE"}
 */
export function readLuccaJsonl(text: string, file: string, options: LuccaJsonlOptions = {}): GoldSentence[] {
  const by = options.by ?? 'sentence';
  const records = new Map<string, GoldSentence>();
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = { file, line: i + 1 };
    let obj: Json;
    try {
      obj = JSON.parse(raw) as Json;
    } catch (e) {
      throw new LuccaError('INPUT_JSON', `not JSON: ${(e as Error).message}`, where);
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new LuccaError('INPUT_JSON', 'a line must be a JSON object', where);
    const story = field(obj, ['story_id'], where);
    const id = by === 'story' ? story : sentenceKey(story, Number(field(obj, ['sentence_index'], where)));
    const isEvent = obj.cameo !== undefined;
    let rec = records.get(id);
    if (!rec) {
      rec = {
        id, date: optional(obj, 'date'), category: optional(obj, 'category') ?? 'all',
        text: (optional(obj, 'sentence') ?? optional(obj, 'text') ?? '').replace(/\s+/g, ' ').trim(),
        triples: [], noEvents: !isEvent, skip: false, error: null, implemented: true, config: {}, origin: where,
      };
      records.set(id, rec);
    } else if (by === 'sentence' && rec.noEvents !== !isEvent) {
      throw new LuccaError('INPUT_FIELD', `${id} is declared with no events but also has events`, where);
    }
    if (!isEvent) return;
    rec.noEvents = false;
    const target = obj.target === null || obj.target === undefined ? NO_ACTOR : field(obj, ['target', 'code'], where);
    rec.triples.push({ source: field(obj, ['source', 'code'], where), target, code: field(obj, ['cameo', 'code'], where) });
  });
  return [...records.values()];
}
