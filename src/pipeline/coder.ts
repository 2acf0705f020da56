/**
 * @module pipeline/coder
 * The whole path for one story: text → sentences → chunks → actors → events → records.
 */
import { buildActorPhrases, codeOnDate, createMemory, matchPhrases, remember, rememberOwned, resolveFromMemory, sentenceKeys, type PhraseMatch } from '../actors/index.js';
import { codeSentence, eventRecord, findSpeaker, findSubject, hasQuote, type EventCandidate, type SentenceContext } from '../events/index.js';
import { eventDate } from '../extras/dates.js';
import type { Knowledge } from '../knowledge/compile.js';
import type { ActorPhrase, AnalysedSentence } from '../model/analysis.js';
import type { EventRecord } from '../model/record.js';
import type { Story } from '../model/story.js';
import { createChunker, createTokenizer } from '../text/index.js';

/** Options of a coder. */
export interface CoderOptions {
  /** Keep events whose verb is negated (marked `negated: true`) instead of dropping them. */
  keepNegated?: boolean;
  /** Sentences longer than this many tokens are skipped with a warning (default 250). */
  maxSentenceTokens?: number;
  /** Drop events without a target (default: the dictionary format's convention). */
  requireDyad?: boolean;
}

/** What coding one sentence saw, for `lucca explain`. */
export interface SentenceTrace {
  analysed: AnalysedSentence;
  matches: PhraseMatch[];
  phrases: ActorPhrase[];
  candidates: EventCandidate[];
  discarded: boolean;
}

/** The result of coding one story. */
export interface StoryResult {
  story: Story;
  events: EventRecord[];
  sentences: number;
  /** Problems that did not stop the story (an over-long sentence, a discard phrase). */
  warnings: string[];
  /** Per-sentence traces when coding with `trace: true`. */
  trace?: SentenceTrace[];
}

/** A coder bound to compiled knowledge. */
export interface Coder {
  readonly knowledge: Knowledge;
  codeStory(story: Story, options?: { trace?: boolean }): StoryResult;
  codeText(text: string, meta?: Partial<Omit<Story, 'text'>>): StoryResult;
}

/**
 * Create a coder from compiled knowledge.
 * @example
 * const coder = createCoder(compileKnowledge(loadNativeKnowledge()));
 * const { events } = coder.codeText('Russia condemned the strike.', { date: '2017-04-12' });
 */
export function createCoder(knowledge: Knowledge, options: CoderOptions = {}): Coder {
  const tokenize = createTokenizer({ maxTokens: options.maxSentenceTokens ?? 250 });
  const chunk = createChunker({
    isVerbLemma: (l) => knowledge.verbLemmas.has(l),
    formLemma: (f) => knowledge.formToLemma.get(f),
    isDemonym: (w) => knowledge.demonyms.has(w),
  });
  const requireDyad = options.requireDyad ?? knowledge.conventions.requireDyad;

  function codeStory(story: Story, run: { trace?: boolean } = {}): StoryResult {
    const { sentences, oversize } = tokenize(story.text);
    const warnings = oversize.map((o) => `sentence ${o.index} at character ${o.offset} has ${o.tokens} tokens; not coded`);
    const memory = createMemory();
    const events: EventRecord[] = [];
    const trace: SentenceTrace[] = [];
    // Dictionary look-up first, for the whole story: a story discard stops everything, and the story's
    // main country is known before any sentence is coded.
    const looked = sentences.map((s) => {
      const keys = sentenceKeys(s);
      return { keys, ...matchPhrases(s, keys, knowledge) };
    });
    const discarded = looked.findIndex((l) => l.discard === 'story');
    if (discarded >= 0) {
      warnings.push(`story discarded by a discard phrase in sentence ${sentences[discarded].index}`);
      return { story, events: [], sentences: sentences.length, warnings, trace: run.trace ? trace : undefined };
    }
    const storyCountry = knowledge.conventions.storyCountry ? mainCountry(looked.flatMap((l) => l.matches), story.date) : null;
    for (const [i, s] of sentences.entries()) {
      const { keys, matches, discard } = looked[i];
      const analysed = chunk(s, matches);
      const { phrases, phraseAt } = buildActorPhrases(analysed, matches, knowledge, story.date, memory.people, storyCountry);
      // Resolve left to right, remembering as we go, so "Ethiopia said it …" finds Ethiopia in the same sentence.
      const resolved = phrases.map((p) => {
        const mentions = resolveFromMemory(memory, s, p);
        remember(memory, s, [mentions === p.mentions ? p : { ...p, mentions }]);
        return mentions;
      });
      const ctx: SentenceContext = { a: analysed, k: knowledge, keys, phrases, phraseAt, resolved, speaker: null };
      const speaker = findSpeaker(ctx);
      if (speaker) {
        const text = s.text.slice(s.starts[Math.min(...speaker.map((m) => m.start))], s.ends[Math.max(...speaker.map((m) => m.end)) - 1]);
        memory.speaker = { sentence: s.index, text, mentions: speaker };
      }
      ctx.speaker = speaker || hasQuote(ctx) || /^["“'‘]/.test(s.text) ? memory.speaker : null;
      const candidates = discard === 'sentence' ? [] : codeSentence(ctx);
      const date = candidates.length ? eventDate(s.text, story.date) : story.date;
      let n = 0;
      for (const c of candidates) {
        if (c.negated && !options.keepNegated) continue;
        if (c.target === null && requireDyad) continue;
        events.push(eventRecord(knowledge, story, s, c, n++, date));
      }
      rememberObjects(ctx, memory);
      if (run.trace) trace.push({ analysed, matches, phrases, candidates, discarded: discard === 'sentence' });
    }
    return { story, events, sentences: sentences.length, warnings, trace: run.trace ? trace : undefined };
  }

  return {
    knowledge,
    codeStory,
    codeText(text, meta = {}) {
      return codeStory({ id: meta.id ?? 'text', date: meta.date ?? null, ...meta, text });
    },
  };
}

/** Things an actor makes and that later speak or stand for it ("the statement said", "the plan"). */
const AUTHORED = new Set([
  'statement', 'communique', 'declaration', 'letter', 'report', 'note', 'proposal', 'plan', 'resolution', 'bill',
  'decree', 'order', 'offer', 'message', 'memo', 'document', 'bid', 'draft', 'initiative', 'ultimatum', 'warning',
]);

/**
 * Documents and proposals made by a verb's known subject ("Italy issued a statement") are remembered as that
 * subject's; other objects ("Russia condemns attack") are not: the attack is not Russia's.
 */
function rememberObjects(ctx: SentenceContext, memory: ReturnType<typeof createMemory>): void {
  const { a, phraseAt, phrases, resolved } = ctx;
  a.vgs.forEach((vg, v) => {
    if (vg.passive || vg.end >= a.sentence.words.length) return;
    const object = phraseAt[vg.end];
    if (object < 0 || resolved[object].length || phrases[object].pronoun) return;
    if (!AUTHORED.has(phrases[object].headLemma)) return;
    const subject = findSubject(ctx, v);
    if (subject >= 0 && resolved[subject].length) rememberOwned(memory, a.sentence, phrases[object], resolved[subject]);
  });
}

/**
 * The country a story is about: the only one it names, or the most mentioned one when it has at least two
 * mentions and at least 40 % of all country mentions. Agents with no country of their own ("police", "the
 * regime") belong to it.
 */
export function mainCountry(matches: PhraseMatch[], date: string | null): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of matches) {
    if (!m.actor) continue;
    const country = codeOnDate(m.actor, date).country;
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
  }
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) if (n > most) { best = country; most = n; }
  // A story that names one country only is about that country, however briefly.
  if (best && most === total) return best;
  return best && most >= 2 && most >= 0.4 * total ? best : null;
}
