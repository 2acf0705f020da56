/**
 * @module knowledge/petrarch/verb-line
 * One verb of a PETRARCH verb block: `SAY {SAYS SAID SAYING} [010]`, or a multi-word verb whose
 * inflected word carries a `+` (`+CORDON_OFF {+CORDONED_OFF …}`, `WIRE_+TAP`).
 */
import { verbForms } from './inflect.js';
import { syntaxError, type Where } from './problems.js';

/** A verb line, parsed. */
export interface VerbLine {
  /** Lemma: lower case, words joined by a space (`cordon off`). */
  lemma: string;
  /** Surface forms beyond the lemma: the listed irregular forms plus generated regular ones. */
  forms: string[];
  /** The verb's own code, as written, or null when it takes the block's code. */
  code: string | null;
}

const WORD = /^[\p{L}\p{N}'.-]+$/u;

/** Split a written verb (`KLM_NOP_+RST`) into lower-case words and the index of the inflected one. */
function verbWords(text: string, where: Where): { words: string[]; head: number } {
  const parts = text.split(/[\s_]+/).filter(Boolean);
  let head = -1;
  const words = parts.map((p, i) => {
    let w = p;
    if (w.startsWith('+')) {
      if (head >= 0) throw syntaxError(where, `more than one "+" in verb "${text}"`);
      head = i;
      w = w.slice(1);
    }
    if (!WORD.test(w)) throw syntaxError(where, `bad verb "${text}"`);
    return w.toLowerCase();
  });
  if (words.length === 0) throw syntaxError(where, `empty verb`);
  return { words, head: head < 0 ? 0 : head };
}

/** Find `open…close` in `text`; null when absent. */
function group(text: string, open: string, close: string, where: Where): { inner: string; start: number; end: number } | null {
  const start = text.indexOf(open);
  if (start < 0) {
    if (text.includes(close)) throw syntaxError(where, `"${close}" without "${open}" in "${text}"`);
    return null;
  }
  const end = text.indexOf(close, start);
  if (end < 0) throw syntaxError(where, `"${open}" without "${close}" in "${text}"`);
  return { inner: text.slice(start + 1, end), start, end: end + 1 };
}

/**
 * Parse a verb line. Irregular forms in `{…}` are taken as written (the `+` dropped, `_` → space) and the
 * -s and -ing forms are still generated; without `{…}` all regular forms are generated for the `+` word
 * (the first word when there is no `+`).
 */
export function parseVerbLine(text: string, where: Where): VerbLine {
  const braces = group(text, '{', '}', where);
  const brackets = group(text, '[', ']', where);
  if (braces && brackets && brackets.start < braces.start) throw syntaxError(where, `[code] before {forms} in "${text}"`);
  const nameEnd = braces?.start ?? brackets?.start ?? text.length;
  const between = braces && brackets ? text.slice(braces.end, brackets.start) : '';
  const after = text.slice((brackets ?? braces)?.end ?? text.length);
  if (between.trim() || after.trim()) throw syntaxError(where, `unexpected text in verb line "${text}"`);
  const { words, head } = verbWords(text.slice(0, nameEnd), where);
  const lemma = words.join(' ');
  const forms = new Set<string>();
  if (braces) {
    for (const f of braces.inner.split(/\s+/).filter(Boolean)) {
      forms.add(verbWords(f, where).words.join(' '));
    }
  }
  for (const f of verbForms(words[head], braces !== null)) {
    forms.add([...words.slice(0, head), f, ...words.slice(head + 1)].join(' '));
  }
  forms.delete(lemma);
  let code: string | null = null;
  if (brackets) {
    code = brackets.inner.trim();
    if (!code || /\s/.test(code)) throw syntaxError(where, `bad code "[${brackets.inner}]" in "${text}"`);
  }
  return { lemma, forms: [...forms], code };
}
