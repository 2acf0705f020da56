/**
 * @module events/03-speaker
 * Whom a sentence's quotation is attributed to: `"…," the minister said`, `X said: "…"`,
 * `"…," reads the communiqué`, `according to X`. The speaker stands for the "we" inside the quote.
 */
import type { ActorMention } from '../model/analysis.js';
import type { SentenceContext } from './context.js';
import { findSubject } from './01-subject.js';
import { SPEECH_VERBS } from '../text/word-classes.js';

/** The speaker's mentions, or null when the sentence names none. */
export function findSpeaker(ctx: SentenceContext): ActorMention[] | null {
  const { a } = ctx;
  const s = a.sentence;
  for (let v = 0; v < a.vgs.length; v++) {
    const vg = a.vgs[v];
    if (a.quoted[vg.head] || !SPEECH_VERBS.has(vg.lemma)) continue;
    // Inverted order after a quotation: `…," reads the communiqué` / `said the minister`.
    const before = s.words[vg.start - 1];
    let p = -1;
    if (before === ',' || before === '”' || before === '"' || before === "'" || before === '’') {
      const after = ctx.phraseAt[vg.end];
      if (after >= 0) p = after;
    }
    if (p < 0) p = findSubject(ctx, v);
    if (p >= 0 && ctx.resolved[p].length) return ctx.resolved[p];
  }
  for (let t = 0; t + 2 < s.words.length; t++) {
    if (s.lower[t] === 'according' && s.lower[t + 1] === 'to') {
      const p = ctx.phraseAt[t + 2];
      if (p >= 0 && ctx.resolved[p].length) return ctx.resolved[p];
    }
  }
  return null;
}

/** True when the sentence contains a quotation (or is one). */
export function hasQuote(ctx: SentenceContext): boolean {
  return ctx.a.quoted.some((q) => q === 1);
}
