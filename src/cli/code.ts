/**
 * @module cli/code
 * `lucca code [FILE…|-]`: read stories, code them, write events. One bad story never stops the batch.
 */
import { readInputs } from '../ingest/index.js';
import { LuccaError } from '../model/errors.js';
import type { EventRecord } from '../model/record.js';
import { createCoder } from '../pipeline/coder.js';
import { FORMATS, TABLE_HEADER, TSV_HEADER, renderTable, toPlover, toTableRow, toTsv, type Format } from './format.js';
import { coderOptions, loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

/** Options of `lucca code`. */
export interface CodeOptions extends KnowledgeOptions {
  format: string;
  date?: string;
  keepNegated?: boolean;
}

/** Streams the command writes to (injected for tests). */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Run `lucca code`. Returns the exit code: 0 when anything was coded, 1 when nothing could be. */
export async function runCode(paths: string[], o: CodeOptions, io: Io): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new LuccaError('OPTION_INVALID', `unknown --format "${o.format}" (${FORMATS.join(', ')})`);
  const format = o.format as Format;
  const coder = createCoder(await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`)), { keepNegated: o.keepNegated, ...coderOptions(o) });
  const inputs = paths.length ? paths : ['-'];
  let stories = 0;
  let failed = 0;
  const table: string[][] = [];
  if (format === 'tsv') io.out(TSV_HEADER + '\n');
  for await (const item of readInputs(inputs, { date: o.date ?? null })) {
    if (item.error) {
      failed++;
      io.err(`lucca: ${item.error.describe()}\n`);
      continue;
    }
    let result;
    try {
      result = coder.codeStory(item.story);
    } catch (e) {
      // A bug in coding one story must not cost the rest of the batch.
      failed++;
      io.err(`lucca: ${item.story.origin ?? item.story.id}: internal error while coding: ${e instanceof Error ? e.message : String(e)}\n`);
      continue;
    }
    stories++;
    for (const w of result.warnings) io.err(`lucca: ${item.story.origin ?? item.story.id}: ${w}\n`);
    write(result.events, format, io, table);
  }
  if (format === 'table') {
    io.out(table.length ? renderTable(TABLE_HEADER, table) + '\n' : '(no events)\n');
    io.err(`${stories} stories coded, ${table.length} events${failed ? `, ${failed} inputs skipped` : ''}\n`);
  }
  return stories === 0 && failed > 0 ? 1 : 0;
}

function write(events: EventRecord[], format: Format, io: Io, table: string[][]): void {
  for (const e of events) {
    if (format === 'jsonl') io.out(JSON.stringify(e) + '\n');
    else if (format === 'tsv') io.out(toTsv(e) + '\n');
    else if (format === 'plover') io.out(toPlover(e) + '\n');
    else table.push(toTableRow(e));
  }
}
