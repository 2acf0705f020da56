/**
 * @module knowledge/petrarch/synsets
 * PETRARCH synonym sets (`&NAME` followed by `+member` lines): collect the definitions of a verbs file,
 * then expand a set into the token sequences it stands for, with nested sets and regular plurals.
 */
import { LuccaError } from '../../model/errors.js';
import { splitPhrase } from '../phrase.js';
import { plural } from './inflect.js';
import { lexAtoms, synsetName, type Atom } from './lexer.js';
import { syntaxError, tolerate, type PetrarchReadOptions, type Where } from './problems.js';

/** One `+member` line of a synset, as written. */
interface Member extends Where {
  text: string;
}

/** A synset definition. */
interface Definition extends Where {
  name: string;
  /** The label ended in `_`: no plurals for any member. */
  noPlural: boolean;
  members: Member[];
}

/** Largest number of alternatives one element may expand to. */
export const MAX_ALTERNATIVES = 20000;

/** Cross product of alternative lists: `[[a],[b,c]] × [[d]]` → `[[a,d],[b,c,d]]`. */
export function crossProduct(parts: string[][][], where: Where): string[][] {
  let out: string[][] = [[]];
  for (const part of parts) {
    const next: string[][] = [];
    for (const prefix of out) for (const alt of part) next.push([...prefix, ...alt]);
    if (next.length > MAX_ALTERNATIVES) throw syntaxError(where, `more than ${MAX_ALTERNATIVES} alternatives`);
    out = next;
  }
  return dedupe(out);
}

/** Remove repeated token sequences, keeping the first. */
export function dedupe(alternatives: string[][]): string[][] {
  const seen = new Set<string>();
  return alternatives.filter((a) => {
    const key = a.join('\u0001');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The tokens of a written word, lower case, split the way the text stage splits. */
export function wordTokens(text: string): string[] {
  return splitPhrase(text.toLowerCase());
}

/** The synsets of one verbs file. Define all of them first, then expand: definitions may follow their use. */
export class SynsetTable {
  private readonly defs = new Map<string, Definition>();
  private readonly cache = new Map<string, string[][]>();
  private readonly expanding = new Set<string>();

  /** Definitions that replaced an earlier one with the same name (checked by {@link checkRedefinitions}). */
  private readonly replaced: { previous: Definition; def: Definition }[] = [];

  constructor(private readonly options: PetrarchReadOptions) {}

  /** Start a definition from its `&NAME` line. A second definition of a name replaces the first. */
  define(label: string, where: Where): void {
    const name = /^&[A-Za-z0-9_]+$/.test(label) ? synsetName(label.slice(1)) : '';
    if (!name) throw syntaxError(where, `bad synset label "${label}"`);
    const def: Definition = { ...where, name, noPlural: label.endsWith('_'), members: [] };
    const previous = this.defs.get(name);
    if (previous) this.replaced.push({ previous, def });
    this.defs.set(name, def);
  }

  /** Add a `+member` line to the synset defined last under `label`. */
  addMember(label: string, text: string, where: Where): void {
    const def = this.defs.get(synsetName(label.slice(1)));
    if (!def) throw syntaxError(where, `synset member outside a synset`);
    if (!text.trim()) throw syntaxError(where, `empty synset member`);
    def.members.push({ ...where, text: text.trim() });
  }

  /** Report redefinitions whose members differ from the first definition (identical repeats are harmless). */
  checkRedefinitions(): void {
    const key = (d: Definition) => `${d.noPlural}|${d.members.map((m) => m.text.toUpperCase()).join('|')}`;
    for (const { previous, def } of this.replaced) {
      if (key(previous) !== key(def)) {
        tolerate(this.options, syntaxError(def, `synset &${def.name} redefined with different members (first defined at line ${previous.line}); the later definition is used`));
      }
    }
  }

  /** Whether a synset of this canonical name is defined. */
  has(name: string): boolean {
    return this.defs.has(name);
  }

  /** The token sequences of a synset, or null when it is not defined. Cycles raise `DICT_REFERENCE`. */
  expand(name: string, where: Where): string[][] | null {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const def = this.defs.get(name);
    if (!def) return null;
    if (this.expanding.has(name)) {
      throw new LuccaError('DICT_REFERENCE', `synset &${name} contains itself`, { file: where.file, line: where.line });
    }
    if (def.members.length === 0) throw syntaxError(def, `synset &${name} has no members`);
    this.expanding.add(name);
    try {
      const out: string[][] = [];
      for (const member of def.members) out.push(...this.expandMember(def, member));
      const result = dedupe(out);
      this.cache.set(name, result);
      return result;
    } finally {
      this.expanding.delete(name);
    }
  }

  /** A member's token sequences: its words (brackets ignored), nested sets crossed in, plus the plural. */
  private expandMember(def: Definition, member: Member): string[][] {
    const atoms = lexAtoms(member.text, member, (n) => this.has(n)).filter((a) => a.kind !== 'open' && a.kind !== 'close');
    const parts: string[][][] = [];
    for (const atom of atoms) {
      const part = this.atomAlternatives(atom, member);
      if (!part) return [];
      parts.push(part);
    }
    if (parts.length === 0) throw syntaxError(member, `empty synset member`);
    const out = crossProduct(parts, member);
    const last = atoms[atoms.length - 1];
    if (def.noPlural || member.text.endsWith('_') || last.kind !== 'word') return out;
    const plurals: string[][] = [];
    for (const alt of out) {
      const p = plural(alt[alt.length - 1]);
      if (p) plurals.push([...alt.slice(0, -1), p]);
    }
    return [...out, ...plurals];
  }

  private atomAlternatives(atom: Atom, member: Member): string[][] | null {
    if (atom.kind === 'word') return [wordTokens(atom.text)];
    if (atom.kind === 'synset') {
      const nested = this.expand(atom.name, member);
      if (nested) return nested;
      tolerate(this.options, new LuccaError('DICT_REFERENCE', `synset member "${member.text}" uses undefined synset &${atom.name}; member ignored`, member));
      return null;
    }
    throw syntaxError(member, `synset members may only hold words and synsets, not "${atom.kind === 'slot' ? atom.slot : '?'}"`);
  }
}
