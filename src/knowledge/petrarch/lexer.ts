/**
 * @module knowledge/petrarch/lexer
 * Split the body of a PETRARCH pattern or synset member into atoms: words, synset references, the slots
 * `* $ + % ^`, and the brackets `{ } ( )`. Words joined by `_` are marked as joined to the atom before them.
 */
import { syntaxError, type Where } from './problems.js';

/** One atom of a pattern. `joined` is true when only `_` separates it from the previous atom. */
export type Atom =
  | { kind: 'slot'; slot: '*' | '$' | '+' | '%' | '^'; joined: boolean }
  | { kind: 'word'; text: string; joined: boolean }
  | { kind: 'synset'; name: string; joined: boolean }
  | { kind: 'open'; bracket: '{' | '('; joined: false }
  | { kind: 'close'; bracket: '}' | ')'; joined: false };

/** Canonical synset name: upper case, without the trailing `_` that only switches plurals off. */
export function synsetName(name: string): string {
  return name.toUpperCase().replace(/_+$/, '');
}

const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Split a synset reference such as `TIETYPES_MEMOS` into the longest defined synset name (`TIETYPES`) and
 * the length it takes up; `_` both joins words and appears inside names (`&FIGHT_OF_WORDS`, `&AUXVERB1_`).
 */
function splitReference(run: string, isDefined: (name: string) => boolean): { name: string; length: number } {
  const segments = run.split('_');
  for (let k = segments.length; k > 0; k--) {
    const candidate = segments.slice(0, k).join('_');
    if (isDefined(synsetName(candidate))) return { name: synsetName(candidate), length: candidate.length };
  }
  return { name: synsetName(segments[0]), length: segments[0].length };
}

/**
 * Lex a pattern body. `isDefined` tells which synset names exist, to split `&NAME_WORD` correctly.
 * Unknown characters raise `DICT_SYNTAX`.
 */
export function lexAtoms(body: string, where: Where, isDefined: (name: string) => boolean): Atom[] {
  const atoms: Atom[] = [];
  let sep: 'none' | 'join' | 'space' = 'space';
  let pos = 0;
  while (pos < body.length) {
    const ch = body[pos];
    if (/\s/.test(ch)) { sep = 'space'; pos++; continue; }
    if (ch === '_') { if (sep === 'none') sep = 'join'; pos++; continue; }
    const joined = sep === 'join';
    if (ch === '{' || ch === '(') {
      atoms.push({ kind: 'open', bracket: ch, joined: false });
      sep = 'space'; pos++; continue;
    }
    if (ch === '}' || ch === ')') {
      atoms.push({ kind: 'close', bracket: ch, joined: false });
      sep = 'space'; pos++; continue;
    }
    if (ch === '*' || ch === '$' || ch === '+' || ch === '%' || ch === '^') {
      atoms.push({ kind: 'slot', slot: ch, joined });
      sep = 'none'; pos++; continue;
    }
    if (ch === '&') {
      let end = pos + 1;
      while (end < body.length && NAME_CHAR.test(body[end])) end++;
      const run = body.slice(pos + 1, end);
      if (!run || run.startsWith('_')) throw syntaxError(where, `"&" without a synset name in "${body}"`);
      const ref = splitReference(run, isDefined);
      atoms.push({ kind: 'synset', name: ref.name, joined });
      sep = 'none'; pos = pos + 1 + ref.length; continue;
    }
    if (WORD_CHAR.test(ch)) {
      let end = pos;
      while (end < body.length && WORD_CHAR.test(body[end])) end++;
      atoms.push({ kind: 'word', text: body.slice(pos, end), joined });
      sep = 'none'; pos = end; continue;
    }
    throw syntaxError(where, `unexpected "${ch}" in "${body}"`);
  }
  return atoms;
}
