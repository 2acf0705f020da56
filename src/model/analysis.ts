/**
 * @module model/analysis
 * Syntactic annotations the text stage adds to a sentence: noun phrases, verb groups, quotes.
 * All positions are token indexes into the sentence's flat tables.
 */
import type { Modality } from './record.js';
import type { Sentence } from './story.js';

/** A base noun phrase, possibly with a possessor ("Assad's air force"). */
export interface NounPhrase {
  start: number;
  /** Exclusive end. */
  end: number;
  /** Index of the head token (last noun, proper noun, pronoun or number). */
  head: number;
  /** End (exclusive) of the possessor part, including the `'s` token; -1 when there is none. */
  possessorEnd: number;
  /** Lower-case determiner at the start ("the", "a", "its"), or null. */
  determiner: string | null;
  /** True for a lone personal pronoun (he, they, we, it…). */
  pronoun: boolean;
}

/** A verb group: auxiliaries, modals, negation and the main verb ("would not have agreed"). */
export interface VerbGroup {
  start: number;
  end: number;
  /** Index of the main verb. */
  head: number;
  /** Lemma of the main verb (lower case). */
  lemma: string;
  passive: boolean;
  negated: boolean;
  modality: Modality;
  /** "to" + verb. */
  infinitive: boolean;
  /** A participle or gerund with no auxiliary ("ordered by", "backing"), not a finite verb. */
  nonFinite: boolean;
}

/** A sentence with its chunks. */
export interface AnalysedSentence {
  sentence: Sentence;
  nps: NounPhrase[];
  vgs: VerbGroup[];
  /** For each token, the index of the noun phrase containing it, or -1. */
  npAt: Int32Array;
  /** For each token, the index of the verb group containing it, or -1. */
  vgAt: Int32Array;
  /** For each token, whether it lies inside quotation marks. */
  quoted: Uint8Array;
}

/** One actor found in a sentence: an entity and/or agents, with its code on the story date. */
export interface ActorMention {
  code: import('./knowledge.js').ActorCode;
  /** The named entity (country, organisation, person…) or null for agents alone. */
  entity: import('./knowledge.js').ActorEntry | null;
  /** Sector agents found with it ("troops", "foreign minister"). */
  agents: import('./knowledge.js').AgentEntry[];
  /** Token span of the mention's words. */
  start: number;
  end: number;
  /** Token span of the dictionary words themselves ("US" in "the US missile strike"), when known. */
  core?: { start: number; end: number };
  /** Set when the mention was resolved from an earlier one (pronoun, definite description, quote speaker). */
  resolvedFrom?: { sentence: number; text: string; how: 'pronoun' | 'description' | 'speaker' };
}

/** A noun phrase (with "of/from" attachments and coordination) seen as a possible actor. */
export interface ActorPhrase {
  start: number;
  end: number;
  /** Head token of the first noun phrase. */
  head: number;
  headLemma: string;
  determiner: string | null;
  pronoun: boolean;
  /** The actors it names: several for "Russia and Iran"; empty when it names none. */
  mentions: ActorMention[];
  /** True when the phrase is preceded by a preposition (not a subject or a direct object). */
  inPP: string | null;
  /** The possessor's words in lower case ("the country 's", "its"), or null. */
  possessor?: string | null;
}
