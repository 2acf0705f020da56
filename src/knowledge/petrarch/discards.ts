/**
 * @module knowledge/petrarch/discards
 * Read a PETRARCH discards list: one phrase per line; a leading `+` discards the whole story.
 */
import type { DiscardEntry } from '../../model/knowledge.js';
import { dictionaryLines } from './lines.js';
import { syntaxError } from './problems.js';
import { wordTokens } from './synsets.js';

/**
 * Read a PETRARCH discards list. The trailing `_` (PETRARCH: match a whole word, not a stem) is dropped:
 * Lucca matches whole tokens.
 *
 * @example
 * readDiscards({ path: 'PETR.Validate.discards.txt', text }) // [{ phrase: ['months', 'later'], story: false, … }, …]
 */
export function readDiscards(input: { path: string; text: string }): DiscardEntry[] {
  return dictionaryLines(input.text).map((l) => {
    const where = { file: input.path, line: l.line };
    const story = l.text.startsWith('+');
    const text = (story ? l.text.slice(1) : l.text).replace(/_+$/, '');
    if (/[[\]{}]/.test(text)) throw syntaxError(where, `bad discard phrase "${l.text}"`);
    const phrase = wordTokens(text);
    if (phrase.length === 0) throw syntaxError(where, `empty discard phrase`);
    return { phrase, story, origin: where };
  });
}
