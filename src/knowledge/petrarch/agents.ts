/**
 * @module knowledge/petrarch/agents
 * Read a PETRARCH agents dictionary: `!NAME! = A, B` substitution sets and `PHRASE {PLURALS} [~CODE]`
 * entries into {@link AgentEntry} records whose phrases hold the singular and plural forms.
 */
import { LuccaError } from '../../model/errors.js';
import type { AgentEntry } from '../../model/knowledge.js';
import { plural } from './inflect.js';
import { dictionaryLines } from './lines.js';
import { syntaxError, tolerate, type PetrarchReadOptions, type Where } from './problems.js';
import { dedupe, wordTokens } from './synsets.js';

const SUBSTITUTION = /^!([A-Za-z0-9_]+)!\s*=\s*(.*)$/;
const ENTRY = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]$/;
const MARKER = /!([A-Za-z0-9_]+)!/;

/** `~GOV` → suffix GOV; `NGO~` → prefix NGO. */
function parseCode(inner: string, where: Where): { code: string; position: 'suffix' | 'prefix' } {
  const c = inner.trim();
  let m = /^~([A-Za-z0-9]+)$/.exec(c);
  if (m) return { code: m[1].toUpperCase(), position: 'suffix' };
  m = /^([A-Za-z0-9]+)~$/.exec(c);
  if (m) return { code: m[1].toUpperCase(), position: 'prefix' };
  throw syntaxError(where, `bad agent code "[${inner}]": expected [~CODE] or [CODE~]`);
}

/** Replace every `!NAME!` marker with each member of its set; null when a set is undefined. */
function substitute(text: string, sets: Map<string, string[]>): string[] | { missing: string } {
  const m = MARKER.exec(text);
  if (!m) return [text];
  const members = sets.get(m[1].toUpperCase());
  if (!members) return { missing: m[1] };
  const out: string[] = [];
  for (const member of members) {
    const rest = substitute(text.slice(0, m.index) + member + text.slice(m.index + m[0].length), sets);
    if (!Array.isArray(rest)) return rest;
    out.push(...rest);
  }
  return out;
}

/** A phrase as tokens (the trailing `_` dropped); throws on an empty phrase. */
function tokens(text: string, where: Where): string[] {
  const t = wordTokens(text.replace(/_+$/, ''));
  if (t.length === 0) throw syntaxError(where, `empty agent phrase`);
  return t;
}

/**
 * Read a PETRARCH agents dictionary. Plurals: `{}` means none, `{FORMS}` lists them, and without braces
 * the regular plural of the last word is added; phrases built from a `!NAME!` set get no plurals (PETRARCH).
 *
 * @example
 * readAgents({ path: 'PETR.Validate.agents.txt', text }) // [{ phrases: [['ambassador'], ['ambassadors']], code: 'GOV', position: 'suffix', … }, …]
 */
export function readAgents(input: { path: string; text: string }, options: PetrarchReadOptions = {}): AgentEntry[] {
  const file = input.path;
  const sets = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  for (const l of dictionaryLines(input.text)) {
    const where = { file, line: l.line };
    const sub = SUBSTITUTION.exec(l.text);
    if (sub) {
      const members = sub[2].split(',').map((s) => s.trim().replace(/\s+/g, '_')).filter(Boolean);
      if (members.length === 0) throw syntaxError(where, `substitution set !${sub[1]}! has no members`);
      sets.set(sub[1].toUpperCase(), members);
      continue;
    }
    const m = ENTRY.exec(l.text);
    if (!m) throw syntaxError(where, `bad agent entry "${l.text}": expected PHRASE {PLURALS} [~CODE]`);
    const { code, position } = parseCode(m[3], where);
    const expanded = substitute(m[1], sets);
    if (!Array.isArray(expanded)) {
      tolerate(options, new LuccaError('DICT_REFERENCE', `agent "${m[1]}" uses undefined substitution set !${expanded.missing}!; entry ignored`, where));
      continue;
    }
    const phrases: string[][] = expanded.map((p) => tokens(p, where));
    if (m[2] !== undefined) {
      for (const form of m[2].split(/[\s,]+/).filter(Boolean)) phrases.push(tokens(form, where));
    } else if (expanded.length === 1 && !MARKER.test(m[1])) {
      const single = phrases[0];
      const p = plural(single[single.length - 1]);
      if (p) phrases.push([...single.slice(0, -1), p]);
    }
    out.push({ phrases: dedupe(phrases), code, position, origin: where });
  }
  return out;
}
