/**
 * @module eval/petrarch-xml
 * Read PETRARCH unit-test records (`<Sentences><Sentence date id category|source sentence>` with
 * `<EventCoding …/>`, `<Text>`, `<Parse>`) as gold sentences, and as stories for Lucca to code.
 */
import { LuccaError } from '../model/errors.js';
import type { Story } from '../model/story.js';
import type { GoldSentence, Triple } from './gold.js';
import { readXmlEvents, type XmlEvent } from './xml.js';

type Open = Extract<XmlEvent, { type: 'open' }>;

/** `19950101` → `1995-01-01`; null when absent. */
function isoDate(value: string | undefined, fail: (m: string) => never): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim());
  if (!m) fail(`bad date "${value}" (expected YYYYMMDD)`);
  const [y, mo, d] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) fail(`bad date "${value}"`);
  return `${m![1]}-${m![2]}-${m![3]}`;
}

/** True for PETRARCH's boolean spellings of yes (`True`, `true`, `TRUE`, `1`). */
function truthy(value: string | undefined): boolean {
  return value !== undefined && /^(true|yes|1)$/i.test(value.trim());
}

/** A sentence being read. */
interface Draft {
  open: Open;
  texts: string[];
  textCount: number;
  triples: Triple[];
  codings: number;
  noEvents: boolean;
  error: string | null;
}

/** Read one `<EventCoding>` into the draft. */
function addCoding(draft: Draft, e: Open, fail: (m: string, line: number) => never): void {
  const a = e.attrs;
  draft.codings++;
  if (a.error !== undefined) draft.error = a.error;
  else if (truthy(a.noevents)) draft.noEvents = true;
  else if (a.eventcode !== undefined && a.sourcecode !== undefined && a.targetcode !== undefined) {
    draft.triples.push({ source: a.sourcecode.trim(), target: a.targetcode.trim(), code: a.eventcode.trim() });
  } else fail('<EventCoding> needs eventcode, sourcecode and targetcode, or noevents, or error', e.line);
}

/** Finish a sentence: check it and build the gold record. */
function finish(draft: Draft, file: string, config: Record<string, string>, fail: (m: string, line: number) => never): GoldSentence {
  const { attrs, line } = draft.open;
  const id = attrs.id?.trim();
  if (!id) fail('<Sentence> without an id', line);
  if (draft.textCount !== 1) fail(`<Sentence id="${id}"> needs exactly one <Text>`, line);
  if (draft.noEvents && draft.triples.length > 0) fail(`<Sentence id="${id}"> has both events and noevents`, line);
  const category = attrs.category?.trim() || attrs.source?.trim() || id!.split(/[_-]/)[0];
  return {
    id: id!,
    date: isoDate(attrs.date, (m) => fail(`<Sentence id="${id}">: ${m}`, line)),
    category,
    text: draft.texts.join('').replace(/\s+/g, ' ').trim(),
    triples: draft.error === null ? draft.triples : [],
    noEvents: draft.noEvents || draft.codings === 0,
    skip: draft.error !== null,
    error: draft.error,
    implemented: !/^false$/i.test(attrs.sentence?.trim() ?? ''),
    config: { ...config },
    origin: { file, line },
  };
}

/** Give a repeated id a `#2`, `#3`… suffix (cameo2 repeats AGENTS_18 and AGENTS_19), so ids key predictions. */
function unique(g: GoldSentence, seen: Map<string, number>): GoldSentence {
  const n = (seen.get(g.id) ?? 0) + 1;
  seen.set(g.id, n);
  return n === 1 ? g : { ...g, id: `${g.id}#${n}` };
}

const SENTENCE_CHILDREN = new Set(['EventCoding', 'Text', 'Parse', 'Config']);

/**
 * Read PETRARCH unit-test XML into gold sentences. The category is the `category` attribute, else the
 * `source` attribute (UniversalPetrarch's files), else the id's prefix before `_` or `-`. A sentence without
 * `<EventCoding>` (PATTERN_06) expects no events, as PETRARCH's validator reads it. A repeated id gets a
 * `#2` suffix so that ids stay unique. `<Config>` options accumulate in document order and are recorded on
 * each sentence. `<Parse>` content is ignored. Malformed input raises `INPUT_XML` with file and line.
 *
 * @example
 * const gold = readPetrarchXml(readFileSync(path, 'utf8'), path);
 */
export function readPetrarchXml(text: string, file: string): GoldSentence[] {
  const fail = (message: string, line: number): never => {
    throw new LuccaError('INPUT_XML', message, { file, line });
  };
  const out: GoldSentence[] = [];
  const config: Record<string, string> = {};
  const seen = new Map<string, number>();
  const path: string[] = [];
  let draft: Draft | null = null;
  for (const e of readXmlEvents(text, file, { rawText: ['Parse'] })) {
    const parent = path[path.length - 1];
    if (e.type === 'text') {
      if (draft && parent === 'Text') draft.texts.push(e.text);
      else if (parent === 'Sentence' && e.text.trim()) fail(`stray text "${e.text.trim().slice(0, 30)}" in <Sentence>`, e.line + (/^\s*/.exec(e.text)![0].split('\n').length - 1));
      continue;
    }
    if (e.type === 'close') {
      path.pop();
      if (e.name === 'Sentence' && draft) { out.push(unique(finish(draft, file, config, fail), seen)); draft = null; }
      continue;
    }
    path.push(e.name);
    if (e.name === 'Config') {
      if (e.attrs.option === undefined || e.attrs.value === undefined) fail('<Config> needs option and value', e.line);
      config[e.attrs.option.trim()] = e.attrs.value.trim();
    } else if (e.name === 'Sentence') {
      if (draft) fail('<Sentence> inside <Sentence>', e.line);
      draft = { open: e, texts: [], textCount: 0, triples: [], codings: 0, noEvents: false, error: null };
    } else if (draft) {
      if (!SENTENCE_CHILDREN.has(e.name) || parent !== 'Sentence') fail(`unexpected <${e.name}> in <${parent}>`, e.line);
      if (e.name === 'EventCoding') addCoding(draft, e, fail);
      if (e.name === 'Text') draft.textCount++;
    } else if (e.name === 'EventCoding' || e.name === 'Text') {
      fail(`<${e.name}> outside <Sentence>`, e.line);
    }
  }
  return out;
}

/** The gold records as stories (id, text, date) for Lucca to code; one story per record. */
export function goldStories(gold: GoldSentence[]): Story[] {
  return gold.map((g) => ({ id: g.id, text: g.text, date: g.date, origin: `${g.origin.file}:${g.origin.line}` }));
}
