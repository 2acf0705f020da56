/**
 * @module knowledge/petrarch/actors
 * Read a PETRARCH actors dictionary: `PHRASE [CODE]` entries with `+SYNONYM` lines and indented
 * `[CODE date-restriction]` lines, into {@link ActorEntry} records with dated codes.
 */
import type { ActorEntry, DatedActorCode } from '../../model/knowledge.js';
import { NULL_CODE, datedCode, kindOf } from './codes.js';
import { petrarchDate } from './dates.js';
import { dictionaryLines } from './lines.js';
import { syntaxError, type Where } from './problems.js';
import { wordTokens } from './synsets.js';

/** An actor code: letters and digits (`/` joins compound codes like `ELR/GAL`), or `---`, `+++`, `###`. */
const ACTOR_CODE = /^(?:[A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z][A-Za-z0-9]*)*|-{3}|\+{3}|#{3})$/;

/** `CODE`, `CODE <DATE`, `CODE >DATE`, `CODE DATE-DATE` (spaces optional around the operators). */
const RESTRICTION = /^([^\s<>]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?$/;

interface Pending extends Where {
  name: string;
  phrases: string[][];
  defaults: DatedActorCode[];
  dated: DatedActorCode[];
}

/** Parse `[…]` content into a dated code. Limits are inclusive, as in PETRARCH. */
export function parseRestriction(inner: string, where: Where): DatedActorCode {
  const m = RESTRICTION.exec(inner.trim());
  if (!m || !ACTOR_CODE.test(m[1])) throw syntaxError(where, `bad actor code or date restriction "[${inner}]"`);
  const code = m[1].toUpperCase();
  const date = (s: string) => {
    const d = petrarchDate(s);
    if (!d) throw syntaxError(where, `bad date "${s}" in "[${inner}]" (YYMMDD or YYYYMMDD)`);
    return d;
  };
  if (m[2] === '<') return datedCode(code, null, date(m[3]));
  if (m[2] === '>') return datedCode(code, date(m[3]), null);
  if (m[4]) {
    const [from, to] = [date(m[4]), date(m[5])];
    if (from > to) throw syntaxError(where, `date range ends before it starts in "[${inner}]"`);
    return datedCode(code, from, to);
  }
  return datedCode(code);
}

/** A phrase as tokens; the trailing `_` (PETRARCH: no suffixes) is dropped. */
function phraseOf(text: string, where: Where): string[] {
  const tokens = wordTokens(text.replace(/_+$/, ''));
  if (tokens.length === 0) throw syntaxError(where, `empty actor phrase`);
  return tokens;
}

/** "PRINCE_OF_DOL_AMROTH" → "Prince of Dol Amroth"; tokens with dots or digits are kept as written. */
export function displayName(text: string): string {
  const small = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'al']);
  return text.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean).map((w, i) => {
    if (!/^[\p{L}-]+$/u.test(w)) return w;
    const lower = w.toLowerCase();
    if (i > 0 && small.has(lower)) return lower;
    return lower.replace(/(^|-)(\p{L})/gu, (_m, dash: string, c: string) => dash + c.toUpperCase());
  }).join(' ');
}

/** Split `NAME [CODE]` into its name and optional bracket content. */
function splitEntry(text: string, where: Where): { name: string; code: string | null } {
  const open = text.indexOf('[');
  if (open < 0) return { name: text, code: null };
  const close = text.indexOf(']', open);
  if (close < 0 || text.slice(close + 1).trim()) throw syntaxError(where, `bad actor entry "${text}"`);
  return { name: text.slice(0, open).trim(), code: text.slice(open + 1, close) };
}

/** Finish an entry: dated codes in file order, then the undated default (`---` when none was given). */
function finish(p: Pending, used: Set<string>): ActorEntry {
  const codes = [...p.dated, ...p.defaults];
  if (p.defaults.length === 0) codes.push(datedCode(NULL_CODE));
  const first = codes.find((c) => c.code !== NULL_CODE) ?? codes[0];
  let id = `petrarch:${p.phrases[0].join(' ').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')}`;
  if (used.has(id)) id = `${id}@${p.line}`;
  used.add(id);
  return { id, name: p.name, kind: kindOf(first.code), phrases: p.phrases, codes, origin: { file: p.file, line: p.line } };
}

/**
 * Read a PETRARCH actors dictionary. Each entry keeps its codes in PETRARCH's order of precedence: the date
 * restrictions as written (the first that covers a date wins), then the default code; an entry with no
 * default gets the null code `---`, which PETRARCH uses when no restriction applies.
 *
 * @example
 * readActors({ path: 'PETR.Validate.actors.txt', text }).find((a) => a.name === 'Gollum')?.codes
 */
export function readActors(input: { path: string; text: string }): ActorEntry[] {
  const file = input.path;
  const out: ActorEntry[] = [];
  const used = new Set<string>();
  let current: Pending | null = null;
  for (const l of dictionaryLines(input.text)) {
    const where = { file, line: l.line };
    const t = l.text;
    if (t.startsWith('+') || t.startsWith('[')) {
      if (!current) throw syntaxError(where, `"${t}" before any actor entry`);
      if (t.startsWith('+')) {
        if (t.includes('[')) throw syntaxError(where, `a synonym line cannot carry a code: "${t}"`);
        current.phrases.push(phraseOf(t.slice(1), where));
      } else {
        if (!t.endsWith(']')) throw syntaxError(where, `bad date restriction "${t}"`);
        const code = parseRestriction(t.slice(1, -1), where);
        (code.from || code.to ? current.dated : current.defaults).push(code);
      }
      continue;
    }
    if (current) out.push(finish(current, used));
    const { name, code } = splitEntry(t, where);
    current = { ...where, name: displayName(name), phrases: [phraseOf(name, where)], defaults: [], dated: [] };
    if (code !== null) {
      const parsed = parseRestriction(code, where);
      if (parsed.from || parsed.to) throw syntaxError(where, `date restrictions go on their own indented line: "${t}"`);
      current.defaults.push(parsed);
    }
  }
  if (current) out.push(finish(current, used));
  return out;
}
