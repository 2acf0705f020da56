/**
 * @module actors/04-memory
 * A story-level memory of actor mentions, so that pronouns ("they", "it"), definite descriptions ("the
 * ministers", "the communiqué") and the "we" of quoted statements resolve to an actor named earlier.
 */
import type { ActorMention, ActorPhrase } from '../model/analysis.js';
import type { ActorEntry } from '../model/knowledge.js';
import type { Sentence } from '../model/story.js';
import type { PeopleSeen } from './03-phrases.js';
import { combine, isCapital, isPlace } from './02-resolve.js';

interface Remembered {
  sentence: number;
  headLemma: string;
  text: string;
  mentions: ActorMention[];
  plural: boolean;
}

/** What one story has said so far. Created per story; never shared between stories. */
export interface StoryMemory {
  remembered: Remembered[];
  /** The last actor a quotation was attributed to. */
  speaker: { sentence: number; text: string; mentions: ActorMention[] } | null;
  people: PeopleSeen;
}

/** A fresh memory for a new story. */
export function createMemory(): StoryMemory {
  return { remembered: [], speaker: null, people: { bySurname: new Map() } };
}

/** Possessors that point back to a state: "the country's", "the nation's", "its". */
const STATE_WORDS = new Set(["the country 's", "the nation 's", "the state 's", "the country '", 'its']);
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'that']);
/** Nouns for people holding office, which a later description may call by another of them. */
const OFFICIALS = new Set(['minister', 'diplomat', 'official', 'envoy', 'delegate', 'negotiator', 'leader', 'representative', 'counterpart', 'delegation']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const NEUTER = new Set(['it', 'its']);
const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);

function phraseText(s: Sentence, p: ActorPhrase): string {
  return s.text.slice(s.starts[p.start], s.ends[p.end - 1]);
}

/** Record the phrases of a sentence that name actors (call after the sentence is coded). */
export function remember(memory: StoryMemory, s: Sentence, phrases: ActorPhrase[]): void {
  for (const p of phrases) {
    const named = p.mentions.filter((m) => m.entity || m.code.country || m.code.org);
    if (named.length === 0) continue;
    const plural = named.length > 1 || s.lower[p.head] !== s.lemmas[p.head];
    memory.remembered.push({ sentence: s.index, headLemma: p.headLemma, text: phraseText(s, p), mentions: named, plural });
    for (const m of named) if (m.entity?.kind === 'person') rememberPerson(memory, m.entity);
  }
}

/**
 * Remember a phrase that names no actor itself under the actor it belongs to: the object of a verb whose
 * subject is known ("Italy issued a statement" — later, "the statement said" speaks for Italy).
 */
export function rememberOwned(memory: StoryMemory, s: Sentence, p: ActorPhrase, owner: ActorMention[]): void {
  memory.remembered.push({ sentence: s.index, headLemma: p.headLemma, text: phraseText(s, p), mentions: owner, plural: false });
}

function rememberPerson(memory: StoryMemory, person: ActorEntry): void {
  for (const phrase of person.phrases) {
    if (phrase.length > 1) memory.people.bySurname.set(phrase[phrase.length - 1].toLowerCase(), person);
  }
}

/**
 * Resolve a phrase that names no actor by itself: a third-person pronoun or a definite description with a
 * head noun seen earlier. Returns the resolved mentions, or [] when nothing fits.
 */
export function resolveFromMemory(memory: StoryMemory, s: Sentence, p: ActorPhrase): ActorMention[] {
  // "the country's interior minister", "its army": agents of the state last named.
  if (p.possessor && STATE_WORDS.has(p.possessor) && p.mentions.length && p.mentions.every((m) => !m.entity)) {
    const state = findLast(memory, s.index, (r) => r.mentions.some((m) => m.code.country !== null));
    if (state) {
      const country = state.mentions.find((m) => m.code.country !== null)!.code.country!;
      return p.mentions.map((m) => ({
        ...m,
        code: combine({ code: country, country, org: null, agents: [] }, m.agents),
        resolvedFrom: { sentence: state.sentence, text: state.text, how: 'description' as const },
      }));
    }
  }
  // A country lent by the story ("the rebels" → CODREB) still lets an earlier, more precise mention win.
  const hasEntity = p.mentions.some((m) => m.entity || m.code.org);
  if (hasEntity) return p.mentions;
  const word = s.lower[p.head];
  // "It is understood that …", "it was not clear": an expletive names nobody.
  if (word === 'it' && p.head + 1 < s.words.length && s.lemmas[p.head + 1] === 'be' && s.pos[p.head + 1] === 'AUX') {
    const after = s.pos[p.head + 2];
    if (after === 'ADJ' || after === 'VERB' || s.lower[p.head + 2] === 'not') return p.mentions;
  }
  let found: Remembered | undefined;
  if (p.pronoun || (p.determiner && p.start === p.head)) {
    if (PLURAL_PRONOUNS.has(word)) found = findLast(memory, s.index, (r) => r.plural || r.mentions.some((m) => m.entity?.kind === 'igo' || m.entity?.kind === 'group'));
    else if (NEUTER.has(word)) found = findLast(memory, s.index, (r) => !r.plural && r.mentions.some((m) => m.entity && m.entity.kind !== 'person'));
    else if (PERSONAL.has(word)) found = findLast(memory, s.index, (r) => r.mentions.some((m) => m.entity?.kind === 'person' || m.agents.length > 0));
    if (!found) return p.mentions;
    return found.mentions.map((m) => ({ ...m, start: p.start, end: p.end, resolvedFrom: { sentence: found!.sentence, text: found!.text, how: 'pronoun' } }));
  }
  if (p.determiner && DEFINITE.has(p.determiner)) {
    // "the ministers" after "the G7 foreign ministers"; "the diplomats" after them too: office holders
    // are one class of description, matched in number.
    const plural = s.lower[p.head] !== s.lemmas[p.head];
    const officials = OFFICIALS.has(p.headLemma);
    found = findLast(memory, s.index, (r) => r.headLemma === p.headLemma ||
      (officials && OFFICIALS.has(r.headLemma) && r.plural === plural && r.mentions.some((m) => m.code.agents.includes('GOV'))));
    // "the country", "the group", "the militants", "the bloc": the last actor of that kind.
    const kinds = KIND_WORDS[p.headLemma];
    if (!found && kinds) {
      found = findLast(memory, s.index, (r) => r.mentions.some((m) => m.entity !== null && kinds.includes(m.entity.kind) &&
        !isCapital(m.entity) && !isPlace(m.entity) && m.code.agents.length === 0 || (m.entity?.kind === 'group' && kinds.includes('group'))));
    }
    if (found) {
      return found.mentions.map((m) => ({ ...m, start: p.start, end: p.end, resolvedFrom: { sentence: found!.sentence, text: found!.text, how: 'description' } }));
    }
  }
  return p.mentions;
}

/** Descriptions that name an actor by its kind. */
const KIND_WORDS: Record<string, ActorEntry['kind'][]> = {
  country: ['state'], nation: ['state'], kingdom: ['state'], republic: ['state'],
  group: ['group'], militant: ['group'], fighter: ['group'], rebel: ['group'], insurgent: ['group'], movement: ['group'],
  militia: ['group'], jihadist: ['group'], organisation: ['igo', 'ngo', 'group'], organization: ['igo', 'ngo', 'group'],
  bloc: ['igo'], alliance: ['igo'], body: ['igo'], agency: ['igo', 'ngo'], charity: ['ngo'],
};

/** How many sentences back an anaphor may reach. */
const REACH = 20;

function findLast(memory: StoryMemory, sentence: number, test: (r: Remembered) => boolean): Remembered | undefined {
  for (let i = memory.remembered.length - 1; i >= 0; i--) {
    const r = memory.remembered[i];
    if (r.sentence < sentence - REACH) break;
    if (test(r)) return r;
  }
  return undefined;
}
