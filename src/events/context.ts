/**
 * @module events/context
 * Everything the event coder knows about one sentence, gathered once and passed to each step.
 */
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
