/**
 * @module knowledge/petrarch/patterns
 * Parse one PETRARCH verb pattern (`- * (TO {PEACE PLAN}) [037]`) into Lucca pattern elements: words and
 * synsets before and after the verb, and the source (`$`), target (`+`) and compound (`%`) slots.
 */
import { LuccaError } from '../../model/errors.js';
import type { PatternElement } from '../../model/knowledge.js';
import { lexAtoms, type Atom } from './lexer.js';
import { syntaxError, tolerate, type PetrarchReadOptions, type Where } from './problems.js';
import { crossProduct, wordTokens, type SynsetTable } from './synsets.js';

/** A pattern split into its body and its code. */
export interface PatternLine {
  /** The pattern without the leading `-` and without the code. */
  body: string;
  /** The event code as written between `[` and `]` (`050`, `043:042`, `---`, `075A`). */
  code: string;
}

/** Elements on each side of the verb. */
export interface PatternSides {
  before: PatternElement[];
  after: PatternElement[];
}

/** Split `BODY [CODE]` (the `-` already removed). Exactly one trailing code is required. */
export function splitPatternLine(text: string, where: Where): PatternLine {
  const open = text.lastIndexOf('[');
  const close = text.lastIndexOf(']');
  if (open < 0 || close < open) throw syntaxError(where, `pattern without a [code]: "${text}"`);
  if (text.slice(close + 1).trim()) throw syntaxError(where, `text after the code in "${text}"`);
  const code = text.slice(open + 1, close).trim();
  const body = text.slice(0, open).trim();
  if (!code || /\s|\[/.test(code)) throw syntaxError(where, `bad code "[${text.slice(open + 1, close)}]"`);
  if (body.includes('[') || body.includes(']')) throw syntaxError(where, `more than one [code] in "${text}"`);
  return { body, code };
}

const PAIRS: Record<string, string> = { '{': '}', '(': ')' };

/** Check that `{…}` and `(…)` groups are balanced and properly nested. */
function checkBrackets(atoms: Atom[], body: string, where: Where): void {
  const stack: string[] = [];
  for (const a of atoms) {
    if (a.kind === 'open') stack.push(PAIRS[a.bracket]);
    else if (a.kind === 'close' && stack.pop() !== a.bracket) throw syntaxError(where, `unbalanced "${a.bracket}" in "${body}"`);
  }
  if (stack.length) throw syntaxError(where, `unclosed group in "${body}"`);
}

/**
 * Parse a pattern body into elements, resolving synsets. A `{…}` group is a noun phrase: its last words
 * must end the noun phrase they are found in; otherwise `{…}` and `(…)` groups are flattened, `^` is
 * dropped, words joined by `_` become one element of consecutive tokens. Returns null when the pattern uses
 * an undefined synset and `options.onProblem` accepted that (PETRARCH ignores such patterns).
 */
export function parsePatternBody(body: string, where: Where, synsets: SynsetTable, options: PetrarchReadOptions): PatternSides | null {
  const atoms = lexAtoms(body, where, (n) => synsets.has(n));
  checkBrackets(atoms, body, where);
  const sides: PatternSides = { before: [], after: [] };
  let verbSeen = 0;
  let chunk: Atom[] = [];
  let missing: string | null = null;
  let braces = 0;
  const flush = (nounGroup = false) => {
    if (chunk.length === 0) return;
    const parts: string[][][] = [];
    for (const atom of chunk) {
      if (atom.kind === 'word') parts.push([wordTokens(atom.text)]);
      else if (atom.kind === 'synset') {
        const alts = synsets.expand(atom.name, where);
        if (!alts) missing ??= atom.name;
        else parts.push(alts);
      }
    }
    if (!missing) {
      const alternatives = crossProduct(parts, where);
      (verbSeen ? sides.after : sides.before).push(nounGroup ? { kind: 'words', alternatives, nounGroup } : { kind: 'words', alternatives });
    }
    chunk = [];
  };
  for (const atom of atoms) {
    if (atom.kind === 'word' || atom.kind === 'synset') {
      if (!atom.joined) flush();
      chunk.push(atom);
      continue;
    }
    if (atom.kind === 'open' && atom.bracket === '{') { flush(); braces++; continue; }
    // The outermost } closes the noun phrase on the words just read (a slot before it leaves none).
    if (atom.kind === 'close' && atom.bracket === '}') { braces--; flush(braces === 0); continue; }
    flush();
    if (atom.kind !== 'slot') continue;
    const side = verbSeen ? sides.after : sides.before;
    if (atom.slot === '*') verbSeen++;
    else if (atom.slot === '$') side.push({ kind: 'source' });
    else if (atom.slot === '+') side.push({ kind: 'target' });
    else if (atom.slot === '%') side.push({ kind: 'compound' });
  }
  flush();
  if (verbSeen !== 1) throw syntaxError(where, `a pattern needs exactly one "*" for the verb: "${body}"`);
  if (missing) {
    tolerate(options, new LuccaError('DICT_REFERENCE', `pattern "${body}" uses undefined synset &${missing}; pattern ignored`, where));
    return null;
  }
  return sides;
}
