/**
 * @module knowledge/native/agents
 * Loads `actors/agents.tsv`: sector agents and the titles and nouns that name them.
 */
import type { AgentEntry } from '../../model/knowledge.js';
import { splitPhrase } from '../phrase.js';
import { checkedField, eachRow, listField, parseTsv, type ProblemSink } from './tsv.js';

/** Parse `actors/agents.tsv`. */
export function readAgents(text: string, file: string, sink?: ProblemSink): AgentEntry[] {
  return eachRow(parseTsv(text, file, 3, sink), sink, (row) => {
    const code = checkedField(row, 0, 'agent code', /^[A-Z]{3}(?:[A-Z]{3})*$/);
    const position = checkedField(row, 1, 'position', /^(suffix|prefix)$/) as 'suffix' | 'prefix';
    return {
      code,
      position,
      phrases: listField(row.fields[2]).map(splitPhrase),
      origin: { file: row.file, line: row.line },
    };
  });
}
