/**
 * @module text/02-chunk
 * Lucca's chunker on top of wink-nlp's tags: noun phrases (with possessors and hyphenated compounds),
 * verb groups (auxiliaries, modals, negation, passive voice, infinitives) and quoted spans.
 */
import type { AnalysedSentence, NounPhrase, VerbGroup } from '../model/analysis.js';
import type { Modality } from '../model/record.js';
import type { PosTag, Sentence, TokenSpan } from '../model/story.js';
import { CLAUSE_VERBS, NEGATORS } from './word-classes.js';

/** Options of the chunker. */
export interface ChunkerOptions {
  /**
   * Lemmas that may be verbs even when the tagger calls them nouns. Headline grammar ("G7 praise US
   * strike") often fools the tagger; a known event verb between a subject and an object is re-read as a verb.
   */
  isVerbLemma?: (lemma: string) => boolean;
  /** The lemma of an inflected verb form the lemmatiser misses ("shot" → "shoot"), if known. */
  formLemma?: (form: string) => string | undefined;
  /** True for a country adjective ("israeli", "russian"): it modifies the next word, never a subject. */
  isDemonym?: (lower: string) => boolean;
}

const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'us', 'them', 'him', 'me']);
const POSSESSIVE_DET = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
const CONDITIONAL = new Set(['would', 'could', 'might', 'may', 'should', 'must', "'d", 'ought']);
const PASSIVE_AUX = new Set(['be', 'get']);
const OBJECT_STARTERS = new Set<PosTag>(['DET', 'PRON', 'PROPN', 'NUM', 'ADJ']);
/** Nouns that start an object phrase like a number does ("release dozens of prisoners"). */
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'scores', 'tens']);
const RESCUE_PREPS = new Set(['on', 'for', 'with', 'to', 'against', 'upon']);

/** Create the chunker stage. */
export function createChunker(options: ChunkerOptions = {}): (sentence: Sentence, names?: TokenSpan[]) => AnalysedSentence {
  const isVerbLemma = options.isVerbLemma ?? (() => false);
  const formLemma = options.formLemma ?? (() => undefined);
  const isDemonym = options.isDemonym ?? (() => false);

  /** `names`: multi-word names found by the dictionaries; each is kept whole as a proper noun. */
  return function chunk(sentence: Sentence, names: TokenSpan[] = []): AnalysedSentence {
    const n = sentence.words.length;
    const tags = correctTags(sentence, isVerbLemma, formLemma, isDemonym);
    for (const name of names) {
      if (name.end - name.start < 2) continue;
      for (let t = name.start; t < name.end; t++) if (tags[t] !== 'PUNCT') tags[t] = 'PROPN';
    }
    const quoted = markQuotes(sentence);
    const npAt = new Int32Array(n).fill(-1);
    const vgAt = new Int32Array(n).fill(-1);
    const nps = findNounPhrases(sentence, tags, npAt);
    const vgs = findVerbGroups(sentence, tags, npAt, vgAt, formLemma);
    return { sentence, nps, vgs, npAt, vgAt, quoted };
  };
}

/** Tag corrections: hyphenated compounds and headline verbs. Returns a new tag array. */
function correctTags(
  s: Sentence, isVerbLemma: (lemma: string) => boolean, formLemma: (form: string) => string | undefined,
  isDemonym: (lower: string) => boolean,
): PosTag[] {
  const tags = s.pos.slice();
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    // "rebel-held", "U.S.-led": the participle after a tight hyphen is an adjective.
    if (s.words[i] === '-' && i > 0 && i + 1 < n && !s.spaceBefore[i] && !s.spaceBefore[i + 1]) {
      if (tags[i + 1] === 'VERB') tags[i + 1] = 'ADJ';
    }
  }
  for (let i = 1; i < n; i++) {
    // "it would free the activists", "to free them": after a modal or "to", a known event verb the tagger
    // read as an adjective or noun is the verb.
    const modal = (tags[i - 1] === 'AUX' && (FUTURE.has(s.lower[i - 1]) || CONDITIONAL.has(s.lower[i - 1]) || s.lower[i - 1] === 'can')) ||
      (s.lower[i - 1] === 'to' && tags[i - 1] === 'PART');
    if (modal && (tags[i] === 'ADJ' || tags[i] === 'NOUN' || tags[i] === 'ADV') && s.words[i] === s.lower[i] && isVerbLemma(s.lemmas[i]) &&
        i + 1 < n && (tags[i + 1] === 'DET' || tags[i + 1] === 'NUM' || tags[i + 1] === 'ADJ' || tags[i + 1] === 'PROPN' || tags[i + 1] === 'NOUN' || tags[i + 1] === 'PRON')) {
      tags[i] = 'VERB';
    }
  }
  for (let i = 1; i < n; i++) {
    // "after Israeli strikes on Gaza", "Russian attacks killed": an -s form right after an adjective and
    // before a preposition or a verb is a plural noun, not a verb (adjectives do not modify verbs).
    const next = i + 1 < n ? tags[i + 1] : 'PUNCT';
    if (tags[i] === 'VERB' && s.lower[i].endsWith('s') && (tags[i - 1] === 'ADJ' || isDemonym(s.lower[i - 1])) &&
        (next === 'ADP' || next === 'VERB' || next === 'AUX' || next === 'PUNCT')) {
      tags[i] = 'NOUN';
    }
  }
  for (let i = 1; i < n; i++) {
    // "the Israeli military said", "the poor": an adjective closing a noun phrase is its head.
    const after = i + 1 < n ? tags[i + 1] : 'PUNCT';
    if (tags[i] === 'ADJ' && (tags[i - 1] === 'DET' || tags[i - 1] === 'PROPN') &&
        (after === 'VERB' || after === 'AUX' || after === 'ADP' || after === 'PUNCT' || after === 'CCONJ')) {
      tags[i] = 'NOUN';
    }
  }
  for (let i = 1; i + 1 < n; i++) {
    // "against besieged Osgiliath", "the targeted facility": a participle between a function word and a noun
    // modifies the noun.
    if (tags[i] === 'VERB' && /ed$/.test(s.lower[i]) && (tags[i - 1] === 'ADP' || tags[i - 1] === 'DET') &&
        (tags[i + 1] === 'NOUN' || tags[i + 1] === 'PROPN')) {
      tags[i] = 'ADJ';
      continue;
    }
    if ((tags[i] !== 'NOUN' && tags[i] !== 'ADJ') || s.words[i] !== s.lower[i] || !isVerbLemma(formLemma(s.lower[i]) ?? verbLemmaOf(s, i))) continue;
    const prev = tags[i - 1];
    const next = tags[i + 1];
    // "Israeli strikes on Gaza": after a country adjective the word is the noun it modifies.
    if (isDemonym(s.lower[i - 1])) continue;
    const prevEndsNp = prev === 'PROPN' || (prev === 'NOUN' && i >= 2 && tags[i - 2] !== 'DET') ||
      (prev === 'PRON' && PERSONAL.has(s.lower[i - 1]));
    // Before a preposition only an inflected verb after a name counts ("G7 calls for"): "missile strike
    // against" and "missile strikes against" are noun compounds.
    // "Qatar mediated talks": a past form after a bare name, before a noun, is the verb ("the Qatar mediated
    // talks" keeps its determiner's reading).
    const pastBeforeNoun = next === 'NOUN' && /ed$/.test(s.lower[i]) && prev === 'PROPN' && (i < 2 || tags[i - 2] !== 'DET');
    const nextStartsObject = OBJECT_STARTERS.has(next) || COUNT_NOUNS.has(s.lower[i + 1]) || pastBeforeNoun ||
      (next === 'ADP' && RESCUE_PREPS.has(s.lower[i + 1]) && prev === 'PROPN' && /s$/.test(s.lower[i]));
    if (prevEndsNp && nextStartsObject && !(next === 'PRON' && s.lower[i + 1] === 'who')) tags[i] = 'VERB';
  }
  return tags;
}

/** The verb lemma of a token the tagger took for a noun ("calls" → "call", "praise" → "praise"). */
export function verbLemmaOf(s: Sentence, i: number): string {
  const w = s.lower[i];
  if (s.pos[i] === 'VERB' || s.pos[i] === 'AUX') return s.lemmas[i];
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(sh|ch|ss|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);

/** Mark tokens inside quotation marks (double quotes, and single quotes used as quotes). */
function markQuotes(s: Sentence): Uint8Array {
  const n = s.words.length;
  const quoted = new Uint8Array(n);
  let inside = false;
  let single = false;
  for (let i = 0; i < n; i++) {
    const w = s.words[i];
    if (OPEN_QUOTES.has(w)) { inside = true; continue; }
    if (CLOSE_QUOTES.has(w)) { inside = false; continue; }
    if (w === '"' || w === "''" || w === '``') { inside = !inside; continue; }
    if ((w === "'" || w === '‘' || w === '’') && !isApostrophe(s, i)) {
      if (!inside && (s.spaceBefore[i] || i === 0) && i + 1 < n && !s.spaceBefore[i + 1]) { inside = true; single = true; continue; }
      if (inside && single) { inside = false; single = false; continue; }
    }
    if (inside) quoted[i] = 1;
  }
  return quoted;
}

function isApostrophe(s: Sentence, i: number): boolean {
  // A possessive marker right after a plural noun ("ministers’ communiqué").
  return i > 0 && !s.spaceBefore[i] && /s$/i.test(s.words[i - 1]) && i + 1 < s.words.length &&
    (s.pos[i + 1] === 'NOUN' || s.pos[i + 1] === 'ADJ' || s.pos[i + 1] === 'PROPN');
}

function isPossessiveMarker(s: Sentence, tags: PosTag[], i: number): boolean {
  const w = s.words[i];
  if (w === "'s" || w === '’s') return true;
  return (w === "'" || w === '’') && isApostrophe(s, i) && tags[i - 1] !== 'PUNCT';
}

/** Noun phrases: DET? (ADJ|NUM|participle)* (NOUN|PROPN)+, joined across possessives and tight hyphens. */
function findNounPhrases(s: Sentence, tags: PosTag[], npAt: Int32Array): NounPhrase[] {
  const nps: NounPhrase[] = [];
  const n = tags.length;
  let i = 0;
  while (i < n) {
    const tag = tags[i];
    const lower = s.lower[i];
    if (tag === 'PRON' && PERSONAL.has(lower)) {
      push(nps, npAt, { start: i, end: i + 1, head: i, possessorEnd: -1, determiner: null, pronoun: true });
      i++;
      continue;
    }
    const startsNp = tag === 'DET' || tag === 'ADJ' || tag === 'NUM' || tag === 'NOUN' || tag === 'PROPN' ||
      (tag === 'PRON' && POSSESSIVE_DET.has(lower));
    if (!startsNp || (tag === 'DET' && !canFollowDeterminer(tags, i + 1))) { i++; continue; }
    const start = i;
    let head = -1;
    let possessorEnd = -1;
    let j = i;
    for (; j < n; j++) {
      const t = tags[j];
      // "the diplomats meeting in Lucca": an -ing word after a plural head and before a preposition is a
      // participle (who were meeting), not the head of a compound.
      if (t === 'NOUN' && head >= 0 && s.lower[j].endsWith('ing') && tags[head] === 'NOUN' &&
        s.lower[head] !== s.lemmas[head] && j + 1 < n && tags[j + 1] === 'ADP') break;
      if (t === 'NOUN' || t === 'PROPN' || t === 'NUM') { head = j; continue; }
      if (j === start && (t === 'DET' || (t === 'PRON' && POSSESSIVE_DET.has(s.lower[j])))) continue;
      const afterHyphen = j > start && s.words[j - 1] === '-' && !s.spaceBefore[j];
      if (afterHyphen && (t === 'ADJ' || t === 'VERB')) continue; // "rebel-held"
      // "awful and evil minister": adjectives joined by a conjunction stay in the phrase.
      if (t === 'CCONJ' && (head < 0 || possessorEnd > 0) && j > start && tags[j - 1] === 'ADJ' && j + 1 < n && tags[j + 1] === 'ADJ') continue;
      // A number counts what follows: "five detained American citizens", "two wounded soldiers".
      const counted = head >= 0 && tags[head] === 'NUM' && head === j - 1;
      if (t === 'ADJ' || (t === 'VERB' && (head < 0 || counted) && j > start && j + 1 < n && (tags[j + 1] === 'NOUN' || tags[j + 1] === 'ADJ' || tags[j + 1] === 'PROPN'))) {
        // An adjective after the head starts a new phrase, except after a possessive, a number or a
        // proper-noun modifier ("the G7 foreign ministers", "the US military action").
        if (head >= 0 && possessorEnd !== j && !counted && !(tags[head] === 'PROPN' && nextNoun(tags, j))) break;
        continue;
      }
      if (s.words[j] === '-' && !s.spaceBefore[j] && j + 1 < n && !s.spaceBefore[j + 1]) continue;
      if (head >= 0 && isPossessiveMarker(s, tags, j) && j + 1 < n) { possessorEnd = j + 1; continue; }
      if (s.words[j] === '&' && head >= 0 && j + 1 < n && tags[j + 1] === 'PROPN') continue; // "Procter & Gamble"
      break;
    }
    if (possessorEnd === j) possessorEnd = -1; // a trailing possessive with nothing after it
    if (head >= 0) {
      const determiner = tags[start] === 'DET' || tags[start] === 'PRON' ? s.lower[start] : null;
      push(nps, npAt, { start, end: j, head, possessorEnd, determiner, pronoun: false });
      i = j;
    } else {
      i = Math.max(j, i + 1);
    }
  }
  return nps;
}

function nextNoun(tags: PosTag[], from: number): boolean {
  for (let k = from; k < tags.length; k++) {
    if (tags[k] === 'NOUN') return true;
    if (tags[k] !== 'ADJ') return false;
  }
  return false;
}

function canFollowDeterminer(tags: PosTag[], i: number): boolean {
  return i < tags.length && (tags[i] === 'ADJ' || tags[i] === 'NOUN' || tags[i] === 'PROPN' || tags[i] === 'NUM' || tags[i] === 'VERB' || tags[i] === 'ADV');
}

function push(nps: NounPhrase[], npAt: Int32Array, np: NounPhrase): void {
  for (let t = np.start; t < np.end; t++) npAt[t] = nps.length;
  nps.push(np);
}

/** "spoke by telephone", "met by video link": "by" + a means is no passive agent. */
const MEANS = new Set(['telephone', 'phone', 'video', 'videoconference', 'videolink', 'letter', 'email', 'radio', 'satellite', 'text']);

/** Verb groups: ("to")? (AUX | negation | ADV)* VERB?, with at least one verb or auxiliary. */
function findVerbGroups(s: Sentence, tags: PosTag[], npAt: Int32Array, vgAt: Int32Array, formLemma: (form: string) => string | undefined): VerbGroup[] {
  const vgs: VerbGroup[] = [];
  const n = tags.length;
  let i = 0;
  while (i < n) {
    if (npAt[i] >= 0) { i++; continue; }
    const isTo = s.lower[i] === 'to' && tags[i] === 'PART' && i + 1 < n;
    if (!(tags[i] === 'AUX' || tags[i] === 'VERB' || isTo)) { i++; continue; }
    const start = i;
    let j = isTo ? i + 1 : i;
    let head = -1;
    let lastAux = -1;
    for (; j < n && npAt[j] < 0; j++) {
      const t = tags[j];
      if (t === 'AUX') { if (head >= 0) break; lastAux = j; continue; }
      if (t === 'VERB') { if (head >= 0) break; head = j; continue; }
      if (t === 'PART' && NEGATORS.has(s.lower[j])) continue;
      if (t === 'ADV' && head < 0 && lookAheadVerb(tags, npAt, j + 1)) continue;
      break;
    }
    if (head < 0 && lastAux < 0) { i = j > i ? j : i + 1; continue; }
    const main = head >= 0 ? head : lastAux;
    const vg = describeGroup(s, tags, start, j, main, isTo, formLemma);
    for (let t = start; t < j; t++) vgAt[t] = vgs.length;
    vgs.push(vg);
    i = j;
  }
  for (let v = 1; v < vgs.length; v++) {
    if (reducedRelative(s, tags, npAt, vgs, v)) vgs[v] = { ...vgs[v], passive: true, nonFinite: true };
    else if (coordinatedInfinitive(s, tags, vgs, v)) vgs[v] = { ...vgs[v], infinitive: true };
  }
  return vgs;
}

/** "to cut off or substantially reduce aid": a bare verb joined to an infinitive is an infinitive too. */
function coordinatedInfinitive(s: Sentence, tags: PosTag[], vgs: VerbGroup[], v: number): boolean {
  const prev = vgs[v - 1];
  const vg = vgs[v];
  if (!prev.infinitive || vg.infinitive || vg.start !== vg.head || tags[vg.head] !== 'VERB') return false;
  let conjunction = false;
  for (let t = prev.end; t < vg.start; t++) {
    if (tags[t] === 'CCONJ') conjunction = true;
    else if (tags[t] !== 'ADV' && tags[t] !== 'ADP' && s.words[t] !== ',') return false;
  }
  return conjunction;
}

const CLAUSE_LINKS = new Set([',', 'that', 'and', 'but', 'or', 'who', 'which', 'while', 'as', 'when', 'after', 'before', 'because', 'if', ';']);

/**
 * "India expelled a Pakistani diplomat accused of espionage": a bare past participle right after the object
 * of an earlier verb, followed by a preposition, is a reduced passive relative clause — the diplomat was
 * accused; he accused no one.
 */
function reducedRelative(s: Sentence, tags: PosTag[], npAt: Int32Array, vgs: VerbGroup[], v: number): boolean {
  const vg = vgs[v];
  if (vg.passive || vg.infinitive || vg.nonFinite || vg.start !== vg.head || tags[vg.head] !== 'VERB') return false;
  const word = s.lower[vg.head];
  if (word.endsWith('ing') || word === vg.lemma) return false;
  if (vg.start === 0 || npAt[vg.start - 1] < 0) return false;
  const next = vg.end < tags.length ? tags[vg.end] : 'PUNCT';
  if (next !== 'ADP' && next !== 'PUNCT') return false;
  const prev = vgs[v - 1];
  if (prev.nonFinite || CLAUSE_VERBS.has(prev.lemma)) return false;
  for (let t = prev.end; t < vg.start; t++) if (CLAUSE_LINKS.has(s.lower[t])) return false;
  return true;
}

function lookAheadVerb(tags: PosTag[], npAt: Int32Array, from: number): boolean {
  for (let k = from; k < tags.length && k < from + 3 && npAt[k] < 0; k++) {
    if (tags[k] === 'VERB' || tags[k] === 'AUX') return true;
    if (tags[k] !== 'ADV' && tags[k] !== 'PART') return false;
  }
  return false;
}

function describeGroup(s: Sentence, tags: PosTag[], start: number, end: number, head: number, infinitive: boolean, formLemma: (form: string) => string | undefined): VerbGroup {
  let negated = false;
  let modality: Modality = 'asserted';
  let hasAux = false;
  let passiveAux = false;
  for (let t = start; t < end; t++) {
    const lower = s.lower[t];
    if (NEGATORS.has(lower) || lower === 'never') negated = true;
    if (tags[t] === 'AUX' && t !== head) {
      hasAux = true;
      if (FUTURE.has(lower)) modality = 'future';
      else if (CONDITIONAL.has(lower) && modality === 'asserted') modality = 'conditional';
      if (PASSIVE_AUX.has(s.lemmas[t])) passiveAux = true;
      else if (s.lemmas[t] === 'get') passiveAux = true;
    }
  }
  const word = s.lower[head];
  const lemma = tags[head] === 'VERB' ? formLemma(word) ?? verbLemmaOf(s, head) : s.lemmas[head];
  const participle = tags[head] === 'VERB' && !word.endsWith('ing') && word !== lemma;
  let passive = passiveAux && participle;
  let nonFinite = false;
  if (!hasAux && !infinitive && tags[head] === 'VERB') {
    if (word.endsWith('ing')) nonFinite = true;
    // "an airbase ordered by Trump": a participle right after a noun, followed by "by".
    if (participle && head + 1 < s.words.length && s.lower[head + 1] === 'by' && head > 0 && !MEANS.has(s.lower[head + 2] ?? '') &&
        (tags[head - 1] === 'NOUN' || tags[head - 1] === 'PROPN')) {
      passive = true;
      nonFinite = true;
    }
  }
  return { start, end, head, lemma, passive, negated, modality, infinitive, nonFinite };
}
