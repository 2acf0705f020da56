/**
 * @module knowledge/petrarch/verbs
 * Read a PETRARCH verbs dictionary: synsets (`&NAME` + `+member` lines) and verb blocks
 * (`--- NAME [code] ---`, verb lines, `- pattern [code]` lines) into anchors and event patterns.
 */
import type { AnchorEntry, EventPattern } from '../../model/knowledge.js';
import { dictionaryLines, type DictLine } from './lines.js';
import { parsePatternBody, splitPatternLine } from './patterns.js';
import { syntaxError, tolerate, type PetrarchReadOptions, type Where } from './problems.js';
import { SynsetTable } from './synsets.js';
import { parseVerbLine, type VerbLine } from './verb-line.js';
import { NULL_CODE } from './codes.js';

/** What a verbs dictionary provides. */
export interface VerbDictionary {
  anchors: AnchorEntry[];
  patterns: EventPattern[];
}

interface Block extends Where {
  code: string | null;
  verbs: (VerbLine & Where)[];
  patterns: (DictLine & { body: string; code: string })[];
}

/** `--- NAME [code] ---`; the closing `---` is optional (a comment may have cut it off). */
function parseHeader(text: string, where: Where, options: PetrarchReadOptions): string | null {
  const inner = text.replace(/^---/, '').replace(/---$/, '');
  const codes = [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
  const rest = inner.replace(/\[[^\]]*\]/g, ' ');
  if (/[[\]{}]/.test(rest)) throw syntaxError(where, `bad verb block header "${text}"`);
  if (codes.some((c) => !c || /\s/.test(c))) throw syntaxError(where, `bad code in verb block header "${text}"`);
  if (codes.length > 1) tolerate(options, syntaxError(where, `verb block header "${text}" has ${codes.length} codes; the first, [${codes[0]}], is used`));
  return codes[0] ?? null;
}

/** A block or verb code as an anchor code: the null code `---` means the bare verb codes no event. */
function anchorCode(code: string | null): string | null {
  return code === null || code === NULL_CODE ? null : code;
}

/** True for a line that can only be a pattern: it holds the verb marker `*`. */
function looksLikePattern(text: string): boolean {
  return text.includes('*');
}

/** Group the lines of a verbs file into synsets and blocks. */
function collect(file: string, text: string, synsets: SynsetTable, options: PetrarchReadOptions): Block[] {
  const blocks: Block[] = [];
  let block: Block | null = null;
  let synset: string | null = null;
  for (const l of dictionaryLines(text)) {
    const where = { file, line: l.line };
    const t = l.text;
    if (t.startsWith('---')) {
      block = { ...where, code: parseHeader(t, where, options), verbs: [], patterns: [] };
      blocks.push(block);
      synset = null;
    } else if (t.startsWith('&')) {
      synsets.define(t, where);
      synset = t;
    } else if (t.startsWith('+') && synset) {
      synsets.addMember(synset, t.slice(1), where);
    } else if (t.startsWith('~')) {
      tolerate(options, syntaxError(where, `PETRARCH transformations ("~ …") are not supported; line ignored`));
    } else if (t.startsWith('-') || looksLikePattern(t)) {
      if (!block) throw syntaxError(where, `pattern outside a verb block`);
      if (!t.startsWith('-')) tolerate(options, syntaxError(where, `pattern line without its leading "-": "${t}"; read as a pattern`));
      const body = t.startsWith('-') ? t.slice(1) : t;
      block.patterns.push({ ...l, ...splitPatternLine(body.trim(), where) });
    } else {
      if (!block || synset) throw syntaxError(where, synset ? `unexpected line in synset ${synset}: "${t}"` : `verb outside a verb block: "${t}"`);
      block.verbs.push({ ...where, ...parseVerbLine(t, where) });
    }
  }
  return blocks;
}

/**
 * Read a PETRARCH verbs dictionary. Every verb of a block becomes an {@link AnchorEntry} (its own code, else
 * the block code; `---` → null) and every pattern an {@link EventPattern} for each verb of its block.
 *
 * @example
 * const { anchors, patterns } = readVerbs({ path: 'PETR.Validate.verbs.2.0.txt', text });
 */
export function readVerbs(input: { path: string; text: string }, options: PetrarchReadOptions = {}): VerbDictionary {
  const file = input.path;
  const id = file.split(/[\\/]/).pop() ?? file;
  const synsets = new SynsetTable(options);
  const blocks = collect(file, input.text, synsets, options);
  synsets.checkRedefinitions();
  const anchors: AnchorEntry[] = [];
  const patterns: EventPattern[] = [];
  for (const block of blocks) {
    for (const v of block.verbs) {
      anchors.push({ lemma: v.lemma, forms: v.forms, code: anchorCode(v.code ?? block.code), origin: { file, line: v.line } });
    }
    if (block.patterns.length > 0 && block.verbs.length === 0) {
      tolerate(options, syntaxError(block, `verb block has patterns but no verb; its patterns are ignored`));
      continue;
    }
    for (const p of block.patterns) {
      const where = { file, line: p.line };
      const sides = parsePatternBody(p.body, where, synsets, options);
      if (!sides) continue;
      for (const v of block.verbs) {
        patterns.push({
          id: `${id}:${p.line}`, code: p.code, anchor: v.lemma, before: sides.before, after: sides.after,
          nominal: false, strict: false, mode: null, text: p.text.replace(/\s+/g, ' '), origin: where,
        });
      }
    }
  }
  return { anchors, patterns };
}
