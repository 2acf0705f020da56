/**
 * @module knowledge/petrarch/inflect
 * Regular English inflections that PETRARCH generates from its dictionaries: noun plurals for synset
 * members and agents, and the -s, -ed and -ing forms of verbs.
 */
import { pluralOf } from '../phrase.js';

const VOWEL = /[aeiou]/;

/** Function words that never take a plural, though PETRARCH would blindly add an `s` ("did nots"). */
const NO_PLURAL = new Set([
  'a', 'an', 'the', 'not', 'no', 'never', 'and', 'or', 'nor', 'but', 'to', 'of', 'in', 'on', 'at', 'by',
  'for', 'with', 'from', 'into', 'over', 'under', 'up', 'down', 'off', 'out', 'about', 'against', 'near',
  'between', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'do', 'does',
  'have', 'has', 'had', 'be', 'been', 'am', 'are', 'is', 'was', 'were', 'ever', 'again', 'now',
]);

/**
 * The regular plural of a lower-case word, or null when none should be formed: the word is not
 * alphabetic, is a function word ("not", "over"), or already ends in a single `s` ("sanctions").
 * Words in `ss` take `es` ("congresses").
 */
export function plural(word: string): string | null {
  if (!/^\p{Ll}{2,}$/u.test(word) || NO_PLURAL.has(word)) return null;
  if (word.endsWith('s') && !word.endsWith('ss')) return null;
  return pluralOf(word);
}

/** Number of vowel groups, a good-enough syllable count for the doubling rule. */
function syllables(word: string): number {
  return (word.match(/[aeiouy]+/g) ?? []).length - (/^y[aeiou]/.test(word) ? 1 : 0);
}

/** Ends consonant–vowel–consonant, with a final consonant that can double (not w, x or y). */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3], word[n - 2], word[n - 1]];
  return !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !/[wxy]/.test(c);
}

/**
 * The stems to which -ed and -ing attach: the word itself, or with its last consonant doubled. One-syllable
 * CVC words double ("stop" → "stopp"); longer ones may or may not ("regret" → "regretted", "visit" →
 * "visited"), so both are returned: an unused form costs nothing.
 */
function stems(word: string): string[] {
  if (!endsCvc(word)) return [word];
  const doubled = word + word[word.length - 1];
  return syllables(word) <= 1 ? [doubled] : [word, doubled];
}

/** The third-person singular present ("says", "goes", "tries"). */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return verb + 'es';
  return verb + 's';
}

/** The regular past forms ("agreed", "tried", "stopped"). */
export function pastForms(verb: string): string[] {
  if (verb.endsWith('e')) return [verb + 'd'];
  if (/[^aeiou]y$/.test(verb)) return [verb.slice(0, -1) + 'ied'];
  return stems(verb).map((s) => s + 'ed');
}

/** The -ing forms ("making", "dying", "agreeing", "stopping"). */
export function ingForms(verb: string): string[] {
  if (verb.endsWith('ie')) return [verb.slice(0, -2) + 'ying'];
  if (/[^aeioy]e$/.test(verb)) return [verb.slice(0, -1) + 'ing'];
  return stems(verb).map((s) => s + 'ing');
}

/**
 * Regular inflections of a lower-case verb. With `irregular` set (the dictionary listed forms in `{…}`),
 * only the -s and -ing forms are generated: the listed forms supply the past tense.
 */
export function verbForms(verb: string, irregular = false): string[] {
  if (!/^\p{Ll}+$/u.test(verb)) return [];
  const forms = [thirdPerson(verb), ...ingForms(verb)];
  if (!irregular) forms.push(...pastForms(verb));
  return forms;
}
