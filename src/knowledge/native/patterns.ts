/**
 * @module knowledge/native/patterns
 * Loads Lucca's event patterns and the word sets they use (`events/synsets.tsv`, `events/patterns.tsv`).
 * The pattern syntax is documented in data/README.md.
 */
import { LuccaError } from '../../model/errors.js';
import type { AnchorEntry, CameoCode, EventPattern, PatternElement } from '../../model/knowledge.js';
import { splitPhrase } from '../phrase.js';
import { checkedField, eachRow, listField, parseTsv, type ProblemSink, type TsvRow } from './tsv.js';

/** Word sets by name (`AIRSTRIKE` → [["airstrike"], ["air","strike"], …]), tokens in lower case. */
export type Synsets = Map<string, string[][]>;

/** Parse `events/synsets.tsv`. */
export function readSynsets(text: string, file: string, into: Synsets = new Map(), sink?: ProblemSink): Synsets {
  eachRow(parseTsv(text, file, 2, sink), sink, (row) => {
    const name = checkedField(row, 0, 'synset name', /^&[A-Z][A-Z0-9_]*$/).slice(1);
    // "f-16": a hyphenated member also matches the tokenizer's unsplit token.
    const members = listField(row.fields[1]).flatMap((m) => {
      const split = splitPhrase(m.toLowerCase());
      return /^[^\s-]+-[^\s]+$/.test(m) && split.length > 1 ? [split, [m.toLowerCase()]] : [split];
    });
    if (members.length === 0) throw new LuccaError('DICT_SYNTAX', `synset &${name} has no members`, row);
    into.set(name, members);
  });
  return into;
}

/** Parse `events/patterns.tsv` into patterns (one per anchor alternative) and the anchors they use. */
export function readPatterns(
  text: string, file: string, synsets: Synsets, codebook: Map<string, CameoCode>, sink?: ProblemSink,
): { patterns: EventPattern[]; anchors: AnchorEntry[] } {
  const patterns: EventPattern[] = [];
  const anchors = new Map<string, AnchorEntry>();
  eachRow(parseTsv(text, file, 2, sink), sink, (row) => {
    const code = checkedField(row, 0, 'CAMEO code', /^\d{3,4}$/);
    if (codebook.size > 0 && !codebook.has(code)) throw new LuccaError('DICT_REFERENCE', `CAMEO code ${code} is not in the codebook`, row);
    for (const p of parsePattern(row, code, synsets)) {
      patterns.push(p);
      if (!p.nominal && !anchors.has(p.anchor)) anchors.set(p.anchor, { lemma: p.anchor, forms: [], code: null, origin: p.origin });
    }
  });
  return { patterns, anchors: [...anchors.values()] };
}

function parsePattern(row: TsvRow, code: string, synsets: Synsets): EventPattern[] {
  const text = row.fields[1];
  const parts = text.split(/\s+/).filter(Boolean);
  const fail = (why: string) => new LuccaError('DICT_SYNTAX', `pattern "${text}": ${why}`, row);
  let negated = false;
  if (parts[0] === 'not') { negated = true; parts.shift(); }
  const anchorPart = parts.shift();
  if (!anchorPart) throw fail('no anchor word');
  const nominal = anchorPart.startsWith('~');
  const anchorAlternatives = alternatives(nominal ? anchorPart.slice(1) : anchorPart, synsets, row, text);
  const after: PatternElement[] = parts.map((part) => {
    if (part === '+') return { kind: 'target' };
    if (part === '$') return { kind: 'source' };
    if (part === '%') return { kind: 'compound' };
    return { kind: 'words', alternatives: alternatives(part, synsets, row, text) };
  });
  if (after.filter((e) => e.kind === 'target').length > 1) throw fail('more than one target slot');
  return anchorAlternatives.map((anchor) => ({
    id: `${row.file}:${row.line}`,
    code,
    anchor: anchor.join(' '),
    before: [],
    after,
    nominal,
    strict: false,
    negated,
    mode: null,
    text,
    origin: { file: row.file, line: row.line },
  }));
}

function alternatives(part: string, synsets: Synsets, row: TsvRow, text: string): string[][] {
  const out: string[][] = [];
  for (const alt of part.split('|')) {
    if (!alt) throw new LuccaError('DICT_SYNTAX', `pattern "${text}": empty alternative in "${part}"`, row);
    if (alt.startsWith('&')) {
      const members = synsets.get(alt.slice(1));
      if (!members) throw new LuccaError('DICT_REFERENCE', `pattern "${text}": unknown synset ${alt}`, row);
      out.push(...members);
    } else {
      if (!/^[\p{Ll}\p{N}'’_.-]+$/u.test(alt)) throw new LuccaError('DICT_SYNTAX', `pattern "${text}": "${alt}" is not a lower-case word`, row);
      const split = splitPhrase(alt);
      out.push(split);
      // "f-16", "anti-tank": the tokenizer keeps some hyphenated words whole; match both spellings.
      if (alt.includes('-') && !alt.includes('_') && split.length > 1) out.push([alt]);
    }
  }
  return out;
}

/** Parse `events/verb-forms.tsv` into anchor entries carrying the extra surface forms of each lemma. */
export function readVerbForms(text: string, file: string, sink?: ProblemSink): AnchorEntry[] {
  const byLemma = new Map<string, AnchorEntry>();
  eachRow(parseTsv(text, file, 2, sink), sink, (row) => {
    const form = checkedField(row, 0, 'verb form', /^[\p{Ll}'-]+$/u);
    const lemma = checkedField(row, 1, 'lemma', /^[\p{Ll}'-]+$/u);
    const entry = byLemma.get(lemma) ?? { lemma, forms: [], code: null, origin: { file: row.file, line: row.line } };
    entry.forms.push(form);
    byLemma.set(lemma, entry);
  });
  return [...byLemma.values()];
}
