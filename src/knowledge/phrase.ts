/**
 * @module knowledge/phrase
 * One way to turn a dictionary phrase and a sentence token into the same matching keys, so that
 * "U.S." in a dictionary meets "U.S." or "US" in text, and "al-Shabaab" meets "al - Shabaab".
 */

const ACRONYM = /^(?:\p{L}\.)+\p{L}?\.?$/u;

/** The matching key of one token: lower case, curly apostrophes straightened, dotted acronyms undotted. */
export function tokenKey(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.length > 2 && w.includes('.') && ACRONYM.test(w)) w = w.replace(/\./g, '');
  return w;
}

/** True when a written token is an acronym in capitals that should only match capitals ("US", "WHO", "U.N."). */
export function isCapitalAcronym(word: string): boolean {
  const letters = word.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
}

/** True when a text token is written in capitals (so it can stand for an acronym). */
export function isCapitalized(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/**
 * Split a dictionary phrase into tokens the way the text stage splits sentences: on spaces and underscores,
 * with hyphens, slashes and a final possessive as tokens of their own.
 */
export function splitPhrase(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.trim().split(/[\s_]+/)) {
    if (!part) continue;
    const pieces = part.split(/(-|\/)/).filter((p) => p !== '');
    for (const piece of pieces) {
      const poss = /^(.+)('s|’s)$/.exec(piece);
      if (poss) out.push(poss[1], poss[2]);
      else out.push(piece);
    }
  }
  return out;
}

const IRREGULAR_PLURALS: Record<string, string> = {
  man: 'men', woman: 'women', person: 'people', child: 'children', chief: 'chiefs', staff: 'staff',
  policeman: 'policemen', policewoman: 'policewomen', spokesman: 'spokesmen', spokeswoman: 'spokeswomen',
  congressman: 'congressmen', chairman: 'chairmen', gunman: 'gunmen', tribesman: 'tribesmen',
  serviceman: 'servicemen', militiaman: 'militiamen', fisherman: 'fishermen', businessman: 'businessmen',
  clergyman: 'clergymen', countryman: 'countrymen', 'police': 'police', militia: 'militias',
};

/** The regular (or known irregular) English plural of a lower-case noun. */
export function pluralOf(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (word.endsWith('man') && word.length > 4) return word.slice(0, -3) + 'men';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}
