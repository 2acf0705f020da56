/**
 * @module knowledge/native/codebook
 * Loads the CAMEO event codebook and Lucca's CAMEO → PLOVER table.
 */
import { LuccaError } from '../../model/errors.js';
import type { CameoCode, PloverMapping } from '../../model/knowledge.js';
import { PLOVER_TYPES, type PloverType } from '../../model/record.js';
import { checkedField, eachRow, optionalField, parseTsv, type ProblemSink } from './tsv.js';

/** Parse `cameo/events.tsv`. */
export function readCodebook(text: string, file: string, sink?: ProblemSink): Map<string, CameoCode> {
  const codebook = new Map<string, CameoCode>();
  eachRow(parseTsv(text, file, 4, sink), sink, (row) => {
    const code = checkedField(row, 0, 'CAMEO code', /^\d{2,4}$/);
    const goldstein = Number(checkedField(row, 2, 'Goldstein value', /^-?\d+(\.\d+)?$/));
    const quad = Number(checkedField(row, 3, 'quad class', /^[1-4]$/)) as 1 | 2 | 3 | 4;
    if (codebook.has(code)) throw new LuccaError('DICT_SYNTAX', `duplicate CAMEO code ${code}`, row);
    codebook.set(code, { code, label: row.fields[1], goldstein, quadClass: quad });
  });
  return codebook;
}

const TYPES = new Set<string>(PLOVER_TYPES);

/** Parse `plover/cameo-plover.tsv`; every code must exist in the codebook. */
export function readPloverTable(text: string, file: string, codebook: Map<string, CameoCode>, sink?: ProblemSink): Map<string, PloverMapping> {
  const table = new Map<string, PloverMapping>();
  eachRow(parseTsv(text, file, 3, sink), sink, (row) => {
    const code = checkedField(row, 0, 'CAMEO code', /^\d{2,4}$/);
    if (!codebook.has(code)) throw new LuccaError('DICT_REFERENCE', `CAMEO code ${code} is not in the codebook`, row);
    const type = row.fields[1];
    if (!TYPES.has(type)) throw new LuccaError('DICT_SYNTAX', `unknown PLOVER type "${type}"`, row);
    table.set(code, { type: type as PloverType, mode: optionalField(row.fields[2]) });
  });
  return table;
}

/** Parse `cameo/intentions.tsv`; every code must exist in the codebook. */
export function readIntentions(
  text: string, file: string, codebook: Map<string, CameoCode>, sink?: ProblemSink,
): Map<string, { intended: string | null; threatened: string | null }> {
  const table = new Map<string, { intended: string | null; threatened: string | null }>();
  eachRow(parseTsv(text, file, 3, sink), sink, (row) => {
    const [code, intended, threatened] = [0, 1, 2].map((i) => optionalField(checkedField(row, i, 'CAMEO code', /^(\d{2,4}|-)$/)));
    for (const c of [code, intended, threatened]) {
      if (c !== null && !codebook.has(c)) throw new LuccaError('DICT_REFERENCE', `CAMEO code ${c} is not in the codebook`, row);
    }
    if (code === null) throw new LuccaError('DICT_SYNTAX', 'the first field must be a CAMEO code', row);
    table.set(code, { intended, threatened });
  });
  return table;
}
