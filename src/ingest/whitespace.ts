/**
 * @module ingest/whitespace
 * The one whitespace clean-up every reader applies, so that offsets always refer to the same text.
 */

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// C0 controls other than TAB, LF, VT, FF, CR; and DEL.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Clean the whitespace of a story text and keep everything else as written:
 * - CRLF and CR become LF; a form feed becomes a paragraph break, a vertical tab a line break;
 * - zero-width characters, soft hyphens and stray control characters are removed;
 * - NBSP and the other Unicode spaces become a plain space;
 * - runs of spaces and tabs collapse to one space, and lines are trimmed;
 * - a single newline is kept; blank lines (a paragraph break) become exactly `"\n\n"`;
 * - the text is trimmed at both ends.
 *
 * @example
 * normaliseWhitespace('Talks\u00a0resume\r\n\r\n\r\n  The  minister said.') // 'Talks resume\n\nThe minister said.'
 */
export function normaliseWhitespace(text: string): string {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/\v/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ');
  return cleaned
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
