/**
 * @module events/01-subject
 * Who does the action of a verb group: the subject to its left (through coordination, relative clauses and
 * infinitive chains), or the "by" agent of a passive.
 */
import type { VerbGroup } from '../model/analysis.js';
import type { SentenceContext } from './context.js';

const RELATIVE = new Set(['who', 'which', 'that']);
const CONJ = new Set(['and', 'but', ',', 'or', 'then']);
const HARD_STOP = new Set([';', ':']);
/** Verbs whose object is the subject of the infinitive after it ("urge X to …"). */
const OBJECT_CONTROL = new Set([
  'urge', 'ask', 'call', 'tell', 'force', 'invite', 'encourage', 'persuade', 'allow', 'order', 'press', 'push',
  'request', 'require', 'warn', 'advise', 'help', 'get', 'appeal', 'compel', 'instruct', 'enable', 'permit', 'pressure',
  'pressurize', 'pressurise', 'implore', 'beg', 'challenge', 'authorize', 'authorise', 'lead', 'prompt', 'oblige',
]);
/** Words before an -ing verb that make it share the main clause's subject ("while backing …"). */
const SUBORDINATORS = new Set(['while', 'by', 'after', 'before', 'when', 'despite', 'without', 'since', 'in', 'on', 'through', 'as']);

/** Index of the phrase that is the subject of verb group `v`, or -1. */
export function findSubject(ctx: SentenceContext, v: number): number {
  const { a, phraseAt, phrases } = ctx;
  const s = a.sentence;
  const vg = a.vgs[v];
  let t = vg.start - 1;
  while (t >= 0 && s.pos[t] === 'ADV') t--;
  if (t < 0) return -1;

  // "Russia and Iran, who have …": the antecedent of a relative pronoun.
  if (RELATIVE.has(s.lower[t]) && s.pos[t] !== 'SCONJ') {
    let u = t - 1;
    if (u >= 0 && s.words[u] === ',') u--;
    return u >= 0 ? phraseAt[u] : -1;
  }
  // "… praised the strike, and urged Russia": a coordinated predicate shares the earlier subject.
  if (!vg.infinitive && CONJ.has(s.lower[t])) {
    let u = t;
    while (u >= 0 && CONJ.has(s.lower[u])) u--;
    if (u >= 0 && phraseAt[u] < 0 || u >= 0 && previousVerb(ctx, v) >= 0 && phraseAt[u] >= 0 && objectOfPreviousVerb(ctx, v, phraseAt[u])) {
      const prev = previousVerb(ctx, v);
      if (prev >= 0 && !a.vgs[prev].infinitive) return findSubject(ctx, prev);
    }
  }
  const controlled = vg.infinitive || vg.nonFinite;
  if (controlled && v > 0 && !vg.passive) {
    const prev = a.vgs[v - 1];
    const between = s.words.slice(prev.end, vg.start);
    if (!between.some((w) => HARD_STOP.has(w))) {
      // "urge Russia to work": object control — the object of the governing verb does the action.
      if (vg.infinitive && OBJECT_CONTROL.has(prev.lemma)) {
        for (let u = vg.start - 1; u >= prev.end; u--) {
          const p = phraseAt[u];
          if (p >= 0 && !phrases[p].inPP && ctx.resolved[p].length) return p;
        }
      }
      // "hopes to restore …", "was able to use … to launch …", "while backing …": the governing subject.
      if (vg.infinitive || SUBORDINATORS.has(s.lower[vg.start - 1])) return findSubject(ctx, v - 1);
    }
  }
  for (; t >= 0; t--) {
    if (HARD_STOP.has(s.words[t])) return -1;
    const p = phraseAt[t];
    if (p >= 0) {
      const phrase = phrases[p];
      t = phrase.start;
      if (phrase.inPP || conjoinedToPP(ctx, p)) continue;
      if (controlled && ctx.resolved[p].length === 0) continue;
      return p;
    }
    const w = a.vgAt[t];
    if (w >= 0 && !controlled && !a.vgs[w].infinitive && !a.vgs[w].nonFinite && s.lower[t] !== 'that') {
      // Another finite verb with no subject between: we belong to its clause only through coordination.
      return -1;
    }
  }
  return -1;
}

/** "between Radagast and the Brown": a phrase conjoined to a prepositional object is one too. */
function conjoinedToPP(ctx: SentenceContext, p: number): boolean {
  const s = ctx.a.sentence;
  const before = ctx.phrases[p].start - 1;
  if (before < 1 || !CONJ.has(s.lower[before]) || s.lower[before] === ',') return false;
  const left = ctx.phraseAt[before - 1];
  return left >= 0 && (ctx.phrases[left].inPP !== null || conjoinedToPP(ctx, left));
}

function previousVerb(ctx: SentenceContext, v: number): number {
  for (let w = v - 1; w >= 0; w--) if (!ctx.a.vgs[w].infinitive) return w;
  return -1;
}

/** True when phrase `p` lies after the previous verb group (so it is that verb's object, not our subject). */
function objectOfPreviousVerb(ctx: SentenceContext, v: number, p: number): boolean {
  const prev = previousVerb(ctx, v);
  return prev >= 0 && ctx.phrases[p].start >= ctx.a.vgs[prev].end;
}

/** The "by" agent of a passive verb group: the phrase after "by" within a few tokens. */
export function findByAgent(ctx: SentenceContext, vg: VerbGroup | null, from = vg ? vg.end : 0, window = 6): number {
  const s = ctx.a.sentence;
  for (let t = from; t < s.words.length && t < from + window; t++) {
    if (s.lower[t] === 'by' && t + 1 < s.words.length) {
      const p = ctx.phraseAt[t + 1];
      return p >= 0 ? p : -1;
    }
    const v = ctx.a.vgAt[t];
    if (s.words[t] === ',' || (s.pos[t] === 'VERB' && !(v >= 0 && ctx.a.vgs[v].nonFinite))) break;
  }
  return -1;
}
