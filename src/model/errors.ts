/**
 * @module model/errors
 * One catalogue of typed errors. Library code throws these; only `cli/` turns them into messages and exit codes.
 */

/** Error codes Lucca can raise. */
export type LuccaErrorCode =
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_JSON'
  | 'INPUT_FIELD'
  | 'INPUT_NO_ARTICLE'
  | 'INPUT_UNREADABLE'
  | 'INPUT_XML'
  | 'DICT_SYNTAX'
  | 'DICT_REFERENCE'
  | 'DICT_MISSING'
  | 'OPTION_INVALID';

/** An error with a code and, where it applies, the file and line it is about. */
export class LuccaError extends Error {
  readonly code: LuccaErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: LuccaErrorCode, message: string, where: { file?: string; line?: number } = {}) {
    super(message);
    this.name = 'LuccaError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
  }

  /** `file:line: message`, the form the CLI prints. */
  describe(): string {
    const place = this.file ? (this.line ? `${this.file}:${this.line}: ` : `${this.file}: `) : '';
    return `${place}${this.message}`;
  }
}
