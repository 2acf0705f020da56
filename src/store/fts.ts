/**
 * @module store/fts
 * User search text → a safe SQLite FTS5 query. Users type words, `"quoted phrases"` and `prefix*`;
 * everything is quoted for FTS5, so its operators and punctuation can never cause a syntax error.
 */

const WORDY = /[\p{L}\p{N}]/u;

/**
 * The FTS5 query for `q`: every word or phrase must occur (implicit AND); a word ending in `*` is a
 * prefix. Returns null when `q` has nothing to search for (only punctuation or blanks).
 *
 * @example
 * ftsQuery('Russia "missile strike" sanction*') // '"Russia" "missile strike" "sanction"*'
 */
export function ftsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const m of q.matchAll(/"([^"]*)"?|([^\s"]+)/g)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      if (WORDY.test(phrase)) terms.push(`"${phrase.trim()}"`);
      continue;
    }
    const word = m[2];
    const prefix = word.endsWith('*');
    const bare = word.replace(/\*+$/, '');
    if (!WORDY.test(bare)) continue;
    terms.push(`"${bare}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
}
