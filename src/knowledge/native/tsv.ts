/**
 * @module knowledge/native/tsv
 * The line format shared by Lucca's native knowledge files: TAB-separated fields, `#` comments,
 * `;` lists, `-` for an empty optional field. Every malformed line is an error naming file and line.
 */
import { LuccaError } from '../../model/errors.js';

/** One data line: its fields and where it came from. */
export interface TsvRow {
  fields: string[];
  file: string;
  line: number;
}

/**
 * Where a reader sends a bad entry when it should go on (`lucca dict check`): the entry is skipped and the
 * problem collected. Without a sink the first problem is thrown.
 */
export type ProblemSink = (problem: LuccaError) => void;

/** Throw `problem`, or hand it to `sink` when there is one. */
export function report(problem: LuccaError, sink: ProblemSink | undefined): void {
  if (!sink) throw problem;
  sink(problem);
}

/**
 * Run `read` on each row and keep what it returns; with a sink, a row whose reading throws a LuccaError is
 * reported and skipped, so one bad entry does not hide the next.
 */
export function eachRow<T>(rows: TsvRow[], sink: ProblemSink | undefined, read: (row: TsvRow) => T): T[] {
  const out: T[] = [];
  for (const row of rows) {
    try {
      out.push(read(row));
    } catch (e) {
      if (!(e instanceof LuccaError)) throw e;
      report(e, sink);
    }
  }
  return out;
}

/**
 * Parse a native TSV file into rows with exactly `columns` fields (or between `min` and `columns`).
 * @throws LuccaError DICT_SYNTAX on a line with the wrong number of fields (reported to `sink` instead when given).
 */
export function parseTsv(text: string, file: string, columns: number, sink?: ProblemSink, min = columns): TsvRow[] {
  const rows: TsvRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = stripComment(lines[i]).replace(/\s+$/, '');
    if (!raw.trim()) continue;
    const fields = raw.split('\t').map((f) => f.trim());
    if (fields.length < min || fields.length > columns) {
      report(new LuccaError('DICT_SYNTAX',
        `expected ${min === columns ? columns : `${min}–${columns}`} TAB-separated fields, found ${fields.length}`,
        { file, line: i + 1 }), sink);
      continue;
    }
    rows.push({ fields, file, line: i + 1 });
  }
  return rows;
}

/** Remove a `#` comment: a `#` at the start of the line or after whitespace (so `&NAME` and `C#` survive). */
function stripComment(line: string): string {
  if (line.trimStart().startsWith('#')) return '';
  const m = /[\s]#/.exec(line);
  return m ? line.slice(0, m.index) : line;
}

/** Split a `;` list field; `-` or empty gives an empty list. */
export function listField(field: string | undefined): string[] {
  if (field === undefined || field === '' || field === '-') return [];
  return field.split(';').map((x) => x.trim()).filter((x) => x !== '');
}

/** An optional field: `-` or empty gives null. */
export function optionalField(field: string | undefined): string | null {
  return field === undefined || field === '' || field === '-' ? null : field;
}

/** A required field matching `re`, or a DICT_SYNTAX error naming the field. */
export function checkedField(row: TsvRow, index: number, name: string, re: RegExp): string {
  const value = row.fields[index] ?? '';
  if (!re.test(value)) {
    throw new LuccaError('DICT_SYNTAX', `invalid ${name} "${value}"`, { file: row.file, line: row.line });
  }
  return value;
}
