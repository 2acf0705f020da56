/**
 * @module events/05-records
 * Turn coded events into JSONL records (the output contract of DESIGN.md).
 */
import type { Knowledge } from '../knowledge/compile.js';
import type { ActorMention } from '../model/analysis.js';
import type { ActorRecord, CameoRecord, EventRecord, PloverRecord } from '../model/record.js';
import type { Sentence, Story } from '../model/story.js';
import type { EventCandidate } from './04-code.js';

const ROOT_PLOVER: Record<string, PloverRecord['type']> = {
  '01': 'CONSULT', '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'SUPPORT', '06': 'COOPERATE', '07': 'AID',
  '08': 'CONCEDE', '09': 'COOPERATE', '10': 'REQUEST', '11': 'ACCUSE', '12': 'REJECT', '13': 'THREATEN', '14': 'PROTEST',
  '15': 'MOBILIZE', '16': 'SANCTION', '17': 'COERCE', '18': 'ASSAULT', '19': 'ASSAULT', '20': 'ASSAULT',
};

/** The CAMEO record of a code; codes missing from the codebook (a user dictionary's) fall back on their root. */
export function cameoRecord(k: Knowledge, code: string): CameoRecord {
  const root = code.slice(0, 2);
  const known = k.source.codebook.get(code) ?? k.source.codebook.get(code.slice(0, 3));
  const rootEntry = k.source.codebook.get(root);
  const quad = (known ?? rootEntry)?.quadClass ?? quadOfRoot(root);
  return {
    code,
    root,
    label: known?.label ?? rootEntry?.label ?? 'Unknown code',
    goldstein: known?.goldstein ?? rootEntry?.goldstein ?? 0,
    quad_class: quad,
  };
}

function quadOfRoot(root: string): 1 | 2 | 3 | 4 {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}

/** The PLOVER type and mode of a CAMEO code (exact, then parent, then root). */
export function ploverRecord(k: Knowledge, code: string, patternMode: string | null): PloverRecord {
  const m = k.source.plover.get(code) ?? k.source.plover.get(code.slice(0, 3)) ?? k.source.plover.get(code.slice(0, 2));
  const type = m?.type ?? ROOT_PLOVER[code.slice(0, 2)] ?? 'CONSULT';
  return { type, mode: patternMode ?? m?.mode ?? null };
}

/** The record of one actor mention. */
export function actorRecord(s: Sentence, m: ActorMention): ActorRecord {
  const start = s.starts[m.start];
  const end = s.ends[m.end - 1];
  const entity = m.entity;
  return {
    text: s.text.slice(start, end),
    code: m.code.code,
    country: m.code.country,
    agents: m.code.agents,
    org: m.code.org,
    name: entity?.name ?? null,
    kind: entity ? entity.kind : m.code.org ? 'igo' : m.code.country ? 'state' : 'group',
    start,
    end,
    ...(m.resolvedFrom ? { resolved_from: { sentence_index: m.resolvedFrom.sentence, text: m.resolvedFrom.text, how: m.resolvedFrom.how } } : {}),
  };
}

/** The JSONL record of one event; `n` numbers the events of a sentence. */
export function eventRecord(k: Knowledge, story: Story, s: Sentence, e: EventCandidate, n: number, date: string | null): EventRecord {
  const tStart = s.starts[e.trigger.start];
  const tEnd = s.ends[e.trigger.end - 1];
  return {
    id: `${story.id}-${s.index}-${n}`,
    story_id: story.id,
    sentence_index: s.index,
    sentence: s.text,
    date,
    source: actorRecord(s, e.source),
    target: e.target ? actorRecord(s, e.target) : null,
    cameo: cameoRecord(k, e.code),
    plover: ploverRecord(k, e.code, e.pattern?.mode ?? null),
    trigger: { text: s.text.slice(tStart, tEnd), start: tStart, end: tEnd },
    negated: e.negated,
    modality: e.modality,
    confidence: Math.round(e.confidence * 100) / 100,
  };
}
