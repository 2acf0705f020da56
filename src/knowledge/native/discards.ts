/**
 * @module knowledge/native/discards
 * Loads `events/discards.tsv`: phrases that mark a sentence (or a whole story) as outside political event
 * coding — sports results, mostly — so that "India beat South Africa by seven runs" codes no attack.
 */
import type { DiscardEntry } from '../../model/knowledge.js';
import { splitPhrase } from '../phrase.js';
import { checkedField, eachRow, parseTsv, type ProblemSink } from './tsv.js';

/** Parse `events/discards.tsv`: `phrase	scope`, scope `sentence` or `story`. */
export function readDiscards(text: string, file: string, sink?: ProblemSink): DiscardEntry[] {
  return eachRow(parseTsv(text, file, 2, sink), sink, (row) => {
    const scope = checkedField(row, 1, 'discard scope', /^(sentence|story)$/);
    return { phrase: splitPhrase(row.fields[0].toLowerCase()), story: scope === 'story', origin: { file: row.file, line: row.line } };
  });
}
