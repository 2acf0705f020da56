/**
 * @module events/context
 * Everything the event coder knows about one sentence, gathered once and passed to each step.
 */
import { isCapital, isPlace } from '../actors/02-resolve.js';
import type { Knowledge } from '../knowledge/compile.js';
import type { ActorMention, ActorPhrase, AnalysedSentence } from '../model/analysis.js';

/** One sentence, its chunks, its actor phrases (resolved against the story memory) and the knowledge. */
export interface SentenceContext {
  a: AnalysedSentence;
  k: Knowledge;
  keys: string[];
  phrases: ActorPhrase[];
  phraseAt: Int32Array;
  /** Mentions of each phrase after anaphora resolution (same indexes as `phrases`). */
  resolved: ActorMention[][];
  /** The actor quotations in this sentence are attributed to (for "we"), where it was named, or null. */
  speaker: { sentence: number; text: string; mentions: ActorMention[] } | null;
}

const BOUNDARY = new Set([';', ':', '(', ')', '—', '–']);

/** Prepositions that put a phrase in a place ("in Kabul", "near the border"). */
export const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'off', 'along', 'on']);

/** Nouns that name a place by the name after "of" ("the western city of Perth"). */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'region', 'province', 'district', 'state', 'area', 'port', 'capital', 'county',
  'governorate', 'oblast', 'suburb', 'neighbourhood', 'neighborhood', 'outskirts', 'island', 'camp', 'enclave',
  'strip', 'territory', 'hamlet', 'settlement', 'municipality', 'department', 'prefecture',
]);

/** CAMEO roots whose events hit a place: assault, fight, mass violence ("shelled targets in Gaza" → PSE). */
export const PLACE_TARGET_ROOTS = new Set(['18', '19', '20']);

/**
 * True for a code whose target may be a place: an attack hits it, a visit (042) goes to it ("arrived in
 * Moscow"), an investigation looks into what happened there ("war crimes in Sudan's Darfur region"). For
 * other events a place after "in", "at", "near" is only where they happened.
 */
export function placeIsTarget(code: string): boolean {
  return PLACE_TARGET_ROOTS.has(code.slice(0, 2)) || code === '042' || code.startsWith('09');
}

/**
 * True when every actor of phrase `p` is a capital city or another place, or when the phrase is a place
 * noun of a state ("the Indonesian island", "Russia's Volgograd region").
 */
export function namesPlace(ctx: SentenceContext, p: number): boolean {
  const mentions = ctx.resolved[p];
  if (mentions.length === 0) return false;
  if (PLACE_NOUNS.has(ctx.phrases[p].headLemma) && mentions.every((m) => m.entity?.kind === 'state' && m.code.agents.length === 0)) return true;
  // "protesters in Tbilisi" are Georgian protesters, not a place.
  return mentions.every((m) => m.entity !== null && (isCapital(m.entity) || isPlace(m.entity)) && m.code.agents.every((a) => a === 'GOV'));
}

/**
 * The place phrase right after phrase `p` behind a locative preposition ("targets | in | Gaza") or a place
 * noun's "of" ("the city | of | Kharkiv"), or -1: what an attack on an unnamed target hits.
 */
export function placeAfter(ctx: SentenceContext, p: number): number {
  const t = ctx.phrases[p].end;
  const s = ctx.a.sentence;
  if (t + 1 >= s.words.length) return -1;
  // "targets in Gaza", and "the eastern city of Kharkiv".
  const of = s.lower[t] === 'of' && PLACE_NOUNS.has(s.lemmas[ctx.phrases[p].head]);
  if (!of && !LOCATIVE.has(s.lower[t])) return -1;
  const q = ctx.phraseAt[t + 1];
  return q >= 0 && ctx.phrases[q].start === t + 1 && namesPlace(ctx, q) ? q : -1;
}

/** True at a token that ends a clause for the purposes of slot filling. */
export function isBoundary(ctx: SentenceContext, t: number): boolean {
  const w = ctx.a.sentence.words[t];
  return BOUNDARY.has(w) || w === '"' || w === '“' || w === '”';
}

/** Whether a token matches a pattern word by key or by lemma. */
export function tokenMatches(ctx: SentenceContext, t: number, word: string): boolean {
  return ctx.keys[t] === word || ctx.a.sentence.lemmas[t] === word;
}

/** Length of the first alternative matching at `t`, or 0. */
export function matchAlternatives(ctx: SentenceContext, t: number, alternatives: string[][]): number {
  const n = ctx.keys.length;
  outer: for (const alt of alternatives) {
    if (t + alt.length > n) continue;
    for (let i = 0; i < alt.length; i++) if (!tokenMatches(ctx, t + i, alt[i])) continue outer;
    return alt.length;
  }
  return 0;
}

/**
 * "talks in Geneva", "a hotel in Mogadishu": a capital or other place after "in", "at", "near" is where
 * something happened, not a party to it — except for attacks, fights and mass violence, which hit the place
 * ("shelled targets in Gaza").
 */
export function placeInPP(ctx: SentenceContext, p: number): boolean {
  return LOCATIVE.has(placePreposition(ctx, p)) && namesPlace(ctx, p);
}

/**
 * The preposition that places phrase `p`: its own ("in Perth"), or, for "the city of Perth", the one
 * before "the city".
 */
function placePreposition(ctx: SentenceContext, p: number): string {
  const { a } = ctx;
  const s = a.sentence;
  const phrase = ctx.phrases[p];
  const of = phrase.start - 1;
  if (phrase.inPP !== 'of' || of < 1 || !PLACE_NOUNS.has(s.lemmas[of - 1])) return phrase.inPP ?? '';
  const np = a.npAt[of - 1];
  const before = np >= 0 ? a.nps[np].start - 1 : -1;
  return before >= 0 ? s.lower[before] : '';
}

