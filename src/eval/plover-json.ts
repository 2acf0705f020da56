/**
 * @module eval/plover-json
 * Read gold events written as PLOVER/POLECAT-style JSON records — a JSON array, or one record per line —
 * and score them as (actor country, recipient country, PLOVER event type). Records that share the same
 * `event_text` form one gold text, coded on its own; a record with an empty `event_type` declares a text
 * with no event.
 */
import { LuccaError } from '../model/errors.js';
import { NO_ACTOR, type CodedEvent, type GoldSentence, type Triple } from './gold.js';

type Json = Record<string, unknown>;

function str(obj: Json, key: string): string | null {
  const v = obj[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function records(text: string, file: string): { obj: Json; line: number }[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch (e) {
      throw new LuccaError('INPUT_JSON', `not JSON: ${(e as Error).message}`, { file });
    }
    if (!Array.isArray(list)) throw new LuccaError('INPUT_JSON', 'expected an array of records', { file });
    return list.map((obj, i) => ({ obj: obj as Json, line: i + 1 }));
  }
  const out: { obj: Json; line: number }[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      out.push({ obj: JSON.parse(raw) as Json, line: i + 1 });
    } catch (e) {
      throw new LuccaError('INPUT_JSON', `not JSON: ${(e as Error).message}`, { file, line: i + 1 });
    }
  });
  return out;
}

/** Read PLOVER JSON gold into gold texts (ids `plover-1`, `plover-2`, … in order of first appearance). */
export function readPloverJson(text: string, file: string): GoldSentence[] {
  const byText = new Map<string, GoldSentence>();
  for (const { obj, line } of records(text, file)) {
    const where = { file, line };
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new LuccaError('INPUT_JSON', 'a record must be a JSON object', where);
    const body = str(obj, 'event_text') ?? str(obj, 'text');
    if (!body) throw new LuccaError('INPUT_FIELD', 'missing event_text', where);
    const key = body;
    let rec = byText.get(key);
    if (!rec) {
      rec = {
        id: `plover-${byText.size + 1}`, date: (str(obj, 'date') ?? '').slice(0, 10) || null, category: 'all',
        text: body.replace(/\s+/g, ' '), triples: [], noEvents: true, skip: false, error: null, implemented: true, config: {}, origin: where,
      };
      byText.set(key, rec);
    }
    const type = str(obj, 'event_type');
    if (!type) continue;
    rec.noEvents = false;
    rec.category = type;
    rec.triples.push({ source: str(obj, 'actor_country') ?? NO_ACTOR, target: str(obj, 'recipient_country') ?? NO_ACTOR, code: type.toUpperCase() });
  }
  return [...byText.values()];
}

/**
 * A Lucca event in the PLOVER gold's terms: actor country, recipient country (`---` when there is none:
 * organisations, unattached agents, no recipient) and event type — the fields PLOVER records carry.
 */
export function ploverTripleOf(event: CodedEvent & { plover: { type: string }; source: { country: string | null }; target: { country: string | null } | null }): Triple {
  return { source: event.source.country ?? NO_ACTOR, target: event.target?.country ?? NO_ACTOR, code: event.plover.type };
}
