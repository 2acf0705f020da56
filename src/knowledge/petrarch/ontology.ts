/**
 * @module knowledge/petrarch/ontology
 * Read PETRARCH's internal coding ontology (PICO: `PETR.Internal.Coding.Ontology.txt`), which gives each
 * CAMEO code a hexadecimal value, and derive what a negated verb means. In PICO a code's negation is its
 * value minus 0xFFFF: "disapprove" (110) is 0xFFFF + 0x0080, so "did not clash over" (a 110 pattern,
 * negated) is 0x0080, "engage in diplomatic cooperation" (050); "say" (0x1000) negated is "decline to
 * comment" (011, 0x1000 − 0xFFFF).
 *
 * Line format: `CODE:VALUE[#VALUE…][#label]`, a VALUE being hex numbers joined by `+`/`-`
 * (`-0xFFFF+0x0070`); `#` lines are comments.
 */
import { syntaxError } from './problems.js';

const NEGATION = 0xffff;
// Hexadecimal (0x…) or, rarely, decimal terms.
const TERM = '(?:0x[0-9a-f]+|\\d+)';
const VALUE = new RegExp(`^\\s*-?\\s*${TERM}(?:\\s*[+-]\\s*${TERM})*\\s*$`, 'i');

function evaluate(expr: string): number {
  let total = 0;
  for (const m of expr.replace(/\s+/g, '').matchAll(/([+-]?)(0x[0-9a-f]+|\d+)/gi)) {
    total += (m[1] === '-' ? -1 : 1) * Number(m[2]);
  }
  return total;
}

/** The PICO values of each CAMEO code, in file order (the first one is the code's own). */
export function readOntology(input: { path: string; text: string }): Map<string, number[]> {
  const values = new Map<string, number[]>();
  // Not PETRARCH's usual comment rules: here `#` also separates a code's alternative values.
  input.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const text = raw.trim();
    if (!text || text.startsWith('#')) return;
    const where = { file: input.path, line: i + 1 };
    const m = /^(\d{2,4}|-{3})\s*:(.*)$/.exec(text);
    if (!m) throw syntaxError(where, `expected CODE:VALUE, found "${text}"`);
    const parts = m[2].split('#').filter((p) => VALUE.test(p)).map(evaluate);
    if (parts.length === 0) throw syntaxError(where, `no hexadecimal value for code ${m[1]}`);
    if (values.has(m[1])) throw syntaxError(where, `code ${m[1]} is listed twice`);
    values.set(m[1], parts);
  });
  return values;
}

/**
 * CAMEO code → the code its negation means, for every code whose negated value the ontology lists.
 * When several codes share a value, the first listed one stands for it.
 */
export function negationsOf(values: Map<string, number[]>): Map<string, string> {
  const byValue = new Map<number, string>();
  for (const [code, vals] of values) for (const v of vals) if (!byValue.has(v)) byValue.set(v, code);
  const out = new Map<string, string>();
  for (const [code, vals] of values) {
    const negated = byValue.get(vals[0] - NEGATION);
    // `---` (no event) is listed with value 0: a negation landing there codes nothing, as if unmapped.
    if (negated !== undefined && negated !== code && /^\d/.test(negated) && /^\d/.test(code)) out.set(code, negated);
  }
  return out;
}
