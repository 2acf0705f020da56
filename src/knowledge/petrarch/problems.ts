/**
 * @module knowledge/petrarch/problems
 * Options shared by the PETRARCH readers, and the rule for problems that PETRARCH itself tolerates.
 */
import { LuccaError } from '../../model/errors.js';

/** Options for the PETRARCH dictionary readers. */
export interface PetrarchReadOptions {
  /**
   * Receives problems that PETRARCH itself tolerates (an undefined synset drops its pattern; a pattern line
   * without its leading `-`; an unsupported transformation line; a second code in a block header). Without
   * this callback such problems are thrown like any other error. Plain syntax errors are always thrown.
   *
   * @example
   * const problems: LuccaError[] = [];
   * readPetrarchDictionaries(files, { onProblem: (p) => problems.push(p) });
   */
  onProblem?: (problem: LuccaError) => void;
}

/** Report a tolerable problem: to `options.onProblem` when given, else by throwing it. */
export function tolerate(options: PetrarchReadOptions, problem: LuccaError): void {
  if (options.onProblem) options.onProblem(problem);
  else throw problem;
}

/** Where a dictionary line is, for errors. */
export interface Where {
  file: string;
  line: number;
}

/** A `DICT_SYNTAX` error at a line. */
export function syntaxError(where: Where, message: string): LuccaError {
  return new LuccaError('DICT_SYNTAX', message, { file: where.file, line: where.line });
}
