/**
 * Synthetic coded stories for store tests: event records built by hand, so every query has a known answer.
 */
import type { ActorRecord, EventRecord, PloverType } from '../../src/model/record.js';
import type { SentenceTrace, StoryResult } from '../../src/pipeline/coder.js';
import type { CodedStory } from '../../src/store/index.js';

const CAMEO: Record<string, { label: string; goldstein: number; quad: 1 | 2 | 3 | 4; plover: PloverType }> = {
  '010': { label: 'Make statement', goldstein: 0, quad: 1, plover: 'CONSULT' },
  '036': { label: 'Express intent to meet', goldstein: 4, quad: 1, plover: 'CONSULT' },
  '0211': { label: 'Appeal for economic cooperation', goldstein: 3.4, quad: 1, plover: 'REQUEST' },
  '071': { label: 'Provide economic aid', goldstein: 7.4, quad: 2, plover: 'AID' },
  '111': { label: 'Criticize or denounce', goldstein: -2, quad: 3, plover: 'ACCUSE' },
  '112': { label: 'Accuse', goldstein: -2, quad: 3, plover: 'ACCUSE' },
  '163': { label: 'Impose embargo', goldstein: -8, quad: 4, plover: 'SANCTION' },
  '190': { label: 'Use conventional military force', goldstein: -10, quad: 4, plover: 'ASSAULT' },
};

const NAMES: Record<string, string> = { RUS: 'Russia', UKR: 'Ukraine', USA: 'United States', FRA: 'France', DEU: 'Germany', IGOEU: 'European Union' };

/** An actor record for a code like RUS, RUSGOV or IGOEU. */
export function actor(code: string, text = code): ActorRecord {
  const igo = code.startsWith('IGO');
  const country = igo ? null : code.slice(0, 3);
  const agents = igo ? [] : (code.slice(3).match(/.{3}/g) ?? []);
  return { text, code, country, agents, org: igo ? code.slice(3) : null, name: NAMES[igo ? code : code.slice(0, 3)] ?? null, kind: igo ? 'igo' : 'state', start: 0, end: text.length };
}

/** What one synthetic event says. */
export interface EventSpec {
  source: string;
  target?: string | null;
  code: string;
  date?: string | null;
  /** Sentence index (default 0). */
  sentence?: number;
}

/**
 * A story of `sentences` (joined by spaces) and its events. The result carries a minimal trace (the
 * sentences), as a coder run with `{ trace: true }` would.
 */
export function codedStory(id: string, sentences: string[], specs: EventSpec[], date: string | null = '2022-03-01'): CodedStory {
  const text = sentences.join(' ');
  const offsets: number[] = [];
  let at = 0;
  for (const s of sentences) {
    offsets.push(at);
    at += s.length + 1;
  }
  const counts = new Map<number, number>();
  const events: EventRecord[] = specs.map((spec) => {
    const index = spec.sentence ?? 0;
    const n = counts.get(index) ?? 0;
    counts.set(index, n + 1);
    const c = CAMEO[spec.code];
    if (!c) throw new Error(`no synthetic CAMEO entry for ${spec.code}`);
    return {
      id: `${id}-${index}-${n}`,
      story_id: id,
      sentence_index: index,
      sentence: sentences[index],
      date: spec.date === undefined ? date : spec.date,
      source: actor(spec.source),
      target: spec.target ? actor(spec.target) : null,
      cameo: { code: spec.code, root: spec.code.slice(0, 2), label: c.label, goldstein: c.goldstein, quad_class: c.quad },
      plover: { type: c.plover, mode: null },
      trigger: { text: 'said', start: 0, end: 4 },
      negated: false,
      modality: 'asserted',
      confidence: 0.8,
    };
  });
  const trace = sentences.map((s, index) => ({ analysed: { sentence: { index, text: s, offset: offsets[index] } } }) as unknown as SentenceTrace);
  const story = { id, text, date };
  const result: StoryResult = { story, events, sentences: sentences.length, warnings: [], trace };
  return { story, result };
}
