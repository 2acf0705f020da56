/**
 * @module knowledge/compile
 * Compile a {@link KnowledgeSource} once into the structures the matchers use: a phrase trie over token
 * keys for actors and agents, pattern indexes by anchor word, and the verb lexicon the chunker consults.
 */
import type { ActorEntry, AgentEntry, CodingConventions, EventPattern, KnowledgeSource } from '../model/knowledge.js';
import { pluralOf, tokenKey } from './phrase.js';
import { NEGATORS } from '../text/word-classes.js';

/** A node of the phrase trie. A node can end an actor phrase, an agent phrase, a discard phrase, or several. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  actor?: { entry: ActorEntry; exact: boolean };
  agent?: AgentEntry;
  discard?: { story: boolean };
}

/** Compiled, immutable knowledge passed to every stage. */
export interface Knowledge {
  readonly source: KnowledgeSource;
  readonly trie: TrieNode;
  /** Verbal patterns by the first token of their anchor, most specific first. */
  readonly verbPatterns: Map<string, EventPattern[]>;
  /** Nominal patterns by the last token (the head noun) of their anchor, most specific first. */
  readonly nounPatterns: Map<string, EventPattern[]>;
  /** Each pattern's {@link specificity}, computed once. */
  readonly patternRank: Map<EventPattern, number>;
  /** Surface forms → lemma for anchors with irregular forms. */
  readonly formToLemma: Map<string, string>;
  /** Every verb lemma that anchors a pattern (for the chunker's headline-verb rescue). */
  readonly verbLemmas: Set<string>;
  /** Code of a bare anchor verb (PETRARCH verb-block code) by lemma. */
  readonly anchorCodes: Map<string, string>;
  /** Codes of multiword verbs ("cordon off") by their first word: [anchor, code] pairs, longest first. */
  readonly multiwordCodes: Map<string, [string, string][]>;
  /** People by the lower-case family name (usually the last word of the name), for surname-only mentions. */
  readonly surnames: Map<string, ActorEntry[]>;
  /** Coding conventions of the dictionary format. */
  readonly conventions: CodingConventions;
  /** Country adjectives in lower case ("israeli", "russian"), from the knowledge's `demonyms`. */
  readonly demonyms: Set<string>;
}

function node(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, keys: string[]): TrieNode {
  let cur = root;
  for (const k of keys) {
    let nxt = cur.next.get(k);
    if (!nxt) { nxt = node(); cur.next.set(k, nxt); }
    cur = nxt;
  }
  return cur;
}

/** The key sequences a phrase is matched by: as written, and with its last word in the plural. */
function variants(tokens: string[], withPlural: boolean): string[][] {
  const keys = tokens.map(tokenKey);
  const out = [keys];
  const last = keys[keys.length - 1];
  if (withPlural && /^\p{Ll}{3,}$/u.test(last) && !last.endsWith('s')) {
    out.push([...keys.slice(0, -1), pluralOf(last)]);
  }
  return out;
}

/** Specificity of a pattern: more elements first, then more literal words. Patterns are tried in this order. */
export function specificity(p: EventPattern): number {
  const words = (els: EventPattern['after']) => els.filter((e) => e.kind === 'words').length;
  return (p.before.length + p.after.length) * 10 + words(p.before) + words(p.after) + (p.negated ? 1 : 0) + p.anchor.split(' ').length;
}

/** Compile a knowledge source. Call once at start; the result is shared by every stage and never mutated. */
export function compileKnowledge(source: KnowledgeSource): Knowledge {
  const trie = node();
  for (const entry of source.actors) {
    entry.phrases.forEach((phrase, i) => {
      if (phrase.length === 0) return;
      const exact = entry.exact?.[i] ?? false;
      for (const keys of variants(phrase, !exact && entry.kind !== 'person')) {
        insert(trie, keys).actor = { entry, exact };
      }
    });
  }
  for (const agent of source.agents) {
    for (const phrase of agent.phrases) {
      if (phrase.length === 0) continue;
      for (const keys of variants(phrase, true)) insert(trie, keys).agent = agent;
    }
  }
  for (const d of source.discards) {
    if (d.phrase.length) insert(trie, d.phrase.map(tokenKey)).discard = { story: d.story };
  }

  const namesNegation = (p: EventPattern) => [...p.before, ...p.after].some((e) => e.kind === 'words' && e.alternatives.some((alt) => alt.some((w) => NEGATORS.has(w))));
  const verbPatterns = new Map<string, EventPattern[]>();
  const nounPatterns = new Map<string, EventPattern[]>();
  for (const raw of source.patterns) {
    // A pattern that spells out a negation ("&NEGATVAUXVRB *") codes negated verbs.
    const p = !raw.negated && namesNegation(raw) ? { ...raw, negated: true } : raw;
    const anchor = p.anchor.split(' ');
    const index = p.nominal ? nounPatterns : verbPatterns;
    const key = p.nominal ? anchor[anchor.length - 1] : anchor[0];
    const list = index.get(key) ?? [];
    list.push(p);
    index.set(key, list);
  }
  const patternRank = new Map<EventPattern, number>();
  for (const list of [...verbPatterns.values(), ...nounPatterns.values()]) {
    for (const p of list) patternRank.set(p, specificity(p));
    list.sort((a, b) => patternRank.get(b)! - patternRank.get(a)!);
  }

  const formToLemma = new Map<string, string>();
  const anchorCodes = new Map<string, string>();
  const multiwordCodes = new Map<string, [string, string][]>();
  const verbLemmas = new Set<string>(verbPatterns.keys());
  for (const a of source.anchors) {
    const first = a.lemma.split(' ')[0];
    verbLemmas.add(first);
    // Dictionary forms are surface words: "left" listed as a verb of its own beats the lemmatiser's "leave".
    if (!a.lemma.includes(' ')) formToLemma.set(a.lemma, a.lemma);
    for (const f of a.forms) {
      // A multiword verb ("cordon off") is found by its first word; its forms map that word's inflections.
      const [firstForm] = f.split(' ');
      const key = f.includes(' ') ? firstForm : f;
      if (!formToLemma.has(key)) formToLemma.set(key, f.includes(' ') ? first : a.lemma);
    }
    if (a.code) anchorCodes.set(a.lemma, a.code);
    if (a.code && a.lemma.includes(' ')) {
      const list = multiwordCodes.get(first) ?? [];
      list.push([a.lemma, a.code]);
      list.sort((x, y) => y[0].length - x[0].length);
      multiwordCodes.set(first, list);
    }
  }
  const surnames = new Map<string, ActorEntry[]>();
  for (const entry of source.actors) {
    if (entry.kind !== 'person') continue;
    const seen = new Set<string>();
    const first = entry.codes.some((c) => c.country !== null && SURNAME_FIRST.has(c.country));
    for (const phrase of entry.phrases) {
      if (phrase.length < 2) continue;
      const word = first ? phrase[0] : phrase[phrase.length - 1];
      // "Kim Tok-hun", "Moon Jae-in": a lower-case piece after a hyphen is part of a given name.
      if (!/^\p{Lu}/u.test(word)) continue;
      const key = tokenKey(word);
      if (seen.has(key)) continue;
      seen.add(key);
      surnames.set(key, [...(surnames.get(key) ?? []), entry]);
    }
  }
  return {
    source, trie, surnames, multiwordCodes, patternRank, verbPatterns, nounPatterns, formToLemma, verbLemmas, anchorCodes,
    conventions: source.conventions ?? LUCCA_CONVENTIONS,
    demonyms: new Set(source.demonyms ?? []),
  };
}

/**
 * Countries whose people are named family name first in English-language news ("President Xi", "Moon").
 * Japanese, Vietnamese and most other names are referred to by their last word.
 */
const SURNAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK']);

/** Lucca's own coding conventions (see {@link CodingConventions}); PETRARCH dictionaries bring theirs. */
export const LUCCA_CONVENTIONS: Readonly<CodingConventions> = {
  implicitTarget: true,
  unattachedPrefix: '',
  requireDyad: true,
  requireNamed: true,
  patternGap: 5,
  storyCountry: true,
  modifierAgents: false,
  clauseTargets: false,
  infinitivePatterns: false,
  passiveComplementSource: false,
};
