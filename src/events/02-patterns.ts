/**
 * @module events/02-patterns
 * Match event patterns around an anchor: the words after (and before) it, with the target and source
 * slots bound to actor phrases. Pure: returns candidate matches, writes nothing.
 */
import type { EventPattern, PatternElement } from '../model/knowledge.js';
import { specificity } from '../knowledge/compile.js';
import { PLACE_TARGET_ROOTS, isBoundary, matchAlternatives, placeAfter, placeInPP, placeIsTarget, type SentenceContext } from './context.js';

/** A pattern that matched, with the phrases its slots bound. */
export interface PatternMatch {
  pattern: EventPattern;
  /** Phrase bound to `+`, or -1 (no slot, or the slot is filled by the passive subject). */
  target: number;
  /** Phrase bound to `$`, or -1. */
  source: number;
  /** Phrase bound to `%`, or -1. */
  compound: number;
  /** Last token used by the match (exclusive). */
  end: number;
  /** True when the target slot was left for the caller to fill (passive: the subject is the target). */
  targetDeferred: boolean;
  /** How many tokens the pattern's words matched. */
  words: number;
  /** The tokens the pattern's words matched. */
  matched: number[];
}

const COMPARATIVES = new Set(['more', 'fewer', 'less']);
const ROUGHLY = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under']);

/** True at a word of a number's hedge: "at least 223", "more than 50", "up to 30", "about 80". */
function approximates(lower: string[], pos: string[], t: number): boolean {
  const w = lower[t];
  return (w === 'at' && (lower[t + 1] === 'least' || lower[t + 1] === 'most')) ||
    ((w === 'least' || w === 'most') && lower[t - 1] === 'at') ||
    (COMPARATIVES.has(w) && lower[t + 1] === 'than') || (w === 'than' && COMPARATIVES.has(lower[t - 1] ?? '')) ||
    (w === 'up' && lower[t + 1] === 'to') || (w === 'to' && lower[t - 1] === 'up') ||
    (ROUGHLY.has(w) && pos[t + 1] === 'NUM');
}

/** Words that open a relative or interrogative clause in place of a noun phrase. */
export const WH_WORDS = new Set(['what', 'which', 'whatever', 'whichever', 'whose']);

/** Tokens that may stand between a word and the actor phrase of a slot ("both", "all", "fellow"). */
const SLOT_GAP = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

/** How to match: the verb's voice and polarity, and how to tell a phrase that names an actor. */
export interface MatchOptions {
  passive: boolean;
  negated: boolean;
  /** When given, a `+` slot only binds a phrase for which this is true; otherwise the pattern fails. */
  hasActor?: (phrase: number) => boolean;
  /**
   * A passive verb's subject (`[start, end)`): "Johnson's bid was blocked" meets "block + bid" — the words
   * that follow the target in the active voice are found in the subject.
   */
  passiveSubject?: { start: number; end: number };
}

/**
 * Try `patterns` (most specific first) at an anchor spanning tokens `[anchorStart, anchorEnd)`.
 * `passive`: the first target slot is filled by the subject instead of a phrase after the verb.
 */
export function matchPatterns(
  ctx: SentenceContext, patterns: EventPattern[], anchorStart: number, anchorEnd: number,
  options: MatchOptions,
): PatternMatch | null {
  let best: PatternMatch | null = null;
  let bestRank = -1;
  for (const pattern of patterns) {
    const rank = ctx.k.patternRank.get(pattern) ?? specificity(pattern);
    // Patterns come most specific first; among equally specific ones the match with more words wins
    // ("austrian gold florin" over "austrian … florin").
    if (best && rank < bestRank) break;
    if (!anchorFits(ctx, pattern, anchorStart, anchorEnd)) continue;
    if ((pattern.negated ?? false) && !options.negated) continue;
    const start = pattern.nominal ? anchorEnd : anchorStart + pattern.anchor.split(' ').length;
    const m = matchAfter(ctx, pattern, pattern.after, start, options);
    if (!m) continue;
    if (pattern.before.length && !matchBefore(ctx, pattern.before, anchorStart, m)) continue;
    if (!best || m.words > best.words) { best = m; bestRank = rank; }
  }
  return best;
}

/** The anchor's extra words: verbs are indexed by their first word, nouns by their last. */
function anchorFits(ctx: SentenceContext, p: EventPattern, start: number, end: number): boolean {
  const words = p.anchor.split(' ');
  if (words.length === 1) return true;
  // The indexed word (the verb's first, the noun's last) already matched, possibly inflected.
  const rest = p.nominal ? words.slice(0, -1) : words.slice(1);
  const at = p.nominal ? end - words.length : start + 1;
  if (at < 0) return false;
  return matchAlternatives(ctx, at, [rest]) === rest.length;
}

function matchAfter(ctx: SentenceContext, pattern: EventPattern, elements: PatternElement[], from: number, options: MatchOptions): PatternMatch | null {
  const passive = options.passive;
  const m: PatternMatch = { pattern, target: -1, source: -1, compound: -1, end: from, targetDeferred: false, words: 0, matched: [] };
  let cursor = from;
  const n = ctx.keys.length;
  for (let e = 0; e < elements.length; e++) {
    const el = elements[e];
    const gap = pattern.strict && el.kind === 'words' ? 0 : ctx.k.conventions.patternGap;
    if (el.kind === 'words') {
      let found = -1;
      let len = 0;
      // Amounts ("a $750 million development loan") do not count against the gap.
      for (let t = cursor, skipped = 0; t < n && skipped <= gap; t++) {
        len = matchAlternatives(ctx, t, el.alternatives);
        // "agreed on Friday to …": a preposition that opens a time expression is not the pattern's "on".
        if (len === 1 && startsTimeExpression(ctx, t)) len = 0;
        if (len) { found = t; break; }
        if (isBoundary(ctx, t) || isOtherVerb(ctx, t)) break;
        if (ctx.a.sentence.pos[t] !== 'NUM' && ctx.a.sentence.pos[t] !== 'SYM') skipped++;
      }
      if (found < 0 && m.targetDeferred && options.passiveSubject && e > 0 && elements[e - 1].kind === 'target') {
        const { start, end } = options.passiveSubject;
        let inSubject = 0;
        for (let t = start; t < end && !inSubject; t++) {
          const l = matchAlternatives(ctx, t, el.alternatives);
          if (l && t + l <= end) inSubject = l;
        }
        if (!inSubject) return null;
        m.words += inSubject;
        continue;
      }
      if (found < 0) return null;
      if (el.nounGroup && !endsNounPhrase(ctx, found + len - 1)) return null;
      cursor = found + len;
      m.words += len;
      for (let t = found; t < found + len; t++) m.matched.push(t);
    } else {
      if (el.kind === 'target' && passive && m.target < 0 && !m.targetDeferred) { m.targetDeferred = true; continue; }
      let p = slotPhrase(ctx, cursor, gap);
      if (p < 0) return null;
      // "detained dozens of protesters" binds the protesters; a slot on a phrase naming no one fails the
      // pattern — unless an attack on it hits a named place ("struck targets in Gaza").
      if (el.kind === 'target' && options.hasActor && !options.hasActor(p)) {
        const place = PLACE_TARGET_ROOTS.has(pattern.code.slice(0, 2)) ? placeAfter(ctx, p) : -1;
        if (place < 0) return null;
        p = place;
      }
      // "met in Bali", "agreed to a ceasefire in Nagorno-Karabakh": a place where something happens is not
      // the other party — unless an attack hits it.
      if (el.kind === 'target' && !placeIsTarget(pattern.code) && placeInPP(ctx, p)) return null;
      if (el.kind === 'target') m.target = p;
      else if (el.kind === 'source') m.source = p;
      else m.compound = p;
      // "blocked Johnson's bid" meets "block + bid": the slot is the possessor, the words follow inside.
      const np = ctx.a.npAt[ctx.phrases[p].start];
      const possessorEnd = np >= 0 ? ctx.a.nps[np].possessorEnd : -1;
      const wordsNext = elements[e + 1]?.kind === 'words';
      cursor = wordsNext && possessorEnd > 0 && possessorEnd < ctx.phrases[p].end ? possessorEnd : ctx.phrases[p].end;
    }
  }
  m.end = cursor;
  return m;
}

/** PETRARCH-style words before the anchor, nearest last, each within a small gap. */
function matchBefore(ctx: SentenceContext, elements: PatternElement[], anchorStart: number, m: PatternMatch): boolean {
  let cursor = anchorStart - 1;
  for (let e = elements.length - 1; e >= 0; e--) {
    const el = elements[e];
    if (el.kind === 'words') {
      let found = -1;
      for (let t = cursor; t >= 0 && t >= cursor - ctx.k.conventions.patternGap; t--) {
        const starts = el.alternatives.filter((alt) => t - alt.length + 1 >= 0 && matchAlternatives(ctx, t - alt.length + 1, [alt]) === alt.length);
        if (starts.length) { found = t - starts[0].length + 1; break; }
        if (isBoundary(ctx, t)) break;
      }
      if (found < 0) return false;
      cursor = found - 1;
    } else {
      let p = -1;
      for (let t = cursor; t >= 0 && t >= cursor - ctx.k.conventions.patternGap; t--) {
        if (ctx.phraseAt[t] >= 0) { p = ctx.phraseAt[t]; break; }
      }
      if (p < 0) return false;
      if (el.kind === 'target') m.target = p;
      else if (el.kind === 'source') m.source = p;
      else m.compound = p;
      cursor = ctx.phrases[p].start - 1;
    }
  }
  return true;
}

/** The first actor phrase starting within `gap` tokens of `from`, skipping only determiner-like words. */
export function slotPhrase(ctx: SentenceContext, from: number, gap: number): number {
  const s = ctx.a.sentence;
  for (let t = from; t < s.words.length && t <= from + gap; t++) {
    const p = ctx.phraseAt[t];
    // "in what state media described as …": a wh-word opens a clause, not an actor phrase.
    if (p >= 0) return WH_WORDS.has(s.lower[ctx.phrases[p].start]) ? -1 : p;
    if (!SLOT_GAP.has(s.pos[t]) && s.lower[t] !== 'both' && !approximates(s.lower, s.pos, t)) return -1;
  }
  return -1;
}

/** True when token `t` is not inside a noun phrase, or is its last token. */
function endsNounPhrase(ctx: SentenceContext, t: number): boolean {
  const np = ctx.a.npAt[t];
  return np < 0 || ctx.a.nps[np].end === t + 1;
}

const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'morning',
  'afternoon', 'evening', 'night', 'overnight', 'today', 'day', 'week', 'month', 'year',
]);

/** True at a preposition that starts a time expression ("on Friday", "in March", "in 2019"). */
function startsTimeExpression(ctx: SentenceContext, t: number): boolean {
  const s = ctx.a.sentence;
  if (s.pos[t] !== 'ADP' || t + 1 >= s.words.length) return false;
  const next = s.lower[t + 1] === 'the' && t + 2 < s.words.length ? t + 2 : t + 1;
  return TIME_WORDS.has(s.lower[next]) || /^(1[89]|20)\d\d$/.test(s.words[next]);
}

function isOtherVerb(ctx: SentenceContext, t: number): boolean {
  const v = ctx.a.vgAt[t];
  if (v < 0 || ctx.a.sentence.pos[t] !== 'VERB' || ctx.a.vgs[v].nonFinite) return false;
  return !(ctx.k.conventions.infinitivePatterns && ctx.a.vgs[v].infinitive);
}
