/**
 * @module cli/knowledge-options
 * Load the knowledge a command asked for: Lucca's own (plus `--dict` additions) or PETRARCH dictionaries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileKnowledge, loadNativeCodebook, loadNativeKnowledge, type Knowledge } from '../knowledge/index.js';
import { readPetrarchDictionaries } from '../knowledge/petrarch/index.js';

import { LuccaError } from '../model/errors.js';

/** Options shared by commands that code text. */
export interface KnowledgeOptions {
  dict?: string[];
  dictFormat?: string;
  /** Keep events with no target (the conventions drop them: event data is dyadic). */
  targetless?: boolean;
}

/** Coder options implied by the command-line options shared by commands that code text. */
export function coderOptions(o: KnowledgeOptions): { requireDyad?: boolean } {
  return o.targetless ? { requireDyad: false } : {};
}

const PETRARCH_KINDS = /(verbs|actors|agents|discards|ontology)/i;

/** Load and compile knowledge as the options say. */
export async function loadKnowledgeFromOptions(o: KnowledgeOptions, warn: (message: string) => void = () => {}): Promise<Knowledge> {
  const format = o.dictFormat ?? 'lucca';
  if (format === 'lucca') return compileKnowledge(loadNativeKnowledge({ extraDirs: o.dict ?? [] }));
  if (format !== 'petrarch') throw new LuccaError('OPTION_INVALID', `unknown --dict-format "${format}" (use lucca or petrarch)`);
  if (!o.dict?.length) throw new LuccaError('OPTION_INVALID', '--dict-format petrarch needs --dict DIR');
  const files: { path: string; text: string }[] = [];
  for (const dir of o.dict) {
    const entries = statSync(dir).isDirectory() ? readdirSync(dir).sort().map((f) => join(dir, f)) : [dir];
    for (const path of entries) {
      if (/\.txt$/i.test(path) && PETRARCH_KINDS.test(path)) files.push({ path, text: readFileSync(path, 'utf8') });
    }
  }
  if (!files.length) throw new LuccaError('DICT_MISSING', `no PETRARCH dictionaries (*verbs*.txt, *actors*.txt, *agents*.txt, *discards*.txt, *ontology*.txt) in ${o.dict.join(', ')}`);
  const source = readPetrarchDictionaries(files, { onProblem: (p) => warn(p.describe()) });
  // PETRARCH dictionaries carry event codes but no codebook: borrow Lucca's for labels, Goldstein and PLOVER.
  const { codebook, plover } = loadNativeCodebook();
  source.codebook = codebook;
  source.plover = plover;
  return compileKnowledge(source);
}
