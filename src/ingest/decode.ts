/**
 * @module ingest/decode
 * Bytes to text: strict UTF-8, binary and empty-file detection, BOM and line-ending clean-up.
 */
import { LuccaError } from '../model/errors.js';

/** How many leading bytes are inspected for signs of a binary file. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.3;

/**
 * Decode a file's bytes as strict UTF-8 and return its text with any BOM removed and every
 * CRLF or lone CR turned into LF. Whitespace inside lines is left alone (the readers clean it).
 *
 * Throws a {@link LuccaError} naming `file`:
 * - `INPUT_BINARY` — a NUL byte, or more than 30 % control characters, in the first 8 KB;
 * - `INPUT_ENCODING` — invalid UTF-8 (the message gives the 0-based byte offset of the first bad
 *   sequence) or a UTF-16 byte-order mark;
 * - `INPUT_EMPTY` — nothing but whitespace.
 *
 * @example
 * decodeText(await readFile(path), path); // "Headline\n\nBody…"
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (hasUtf16Bom(bytes)) {
    throw new LuccaError('INPUT_ENCODING', 'UTF-16 text is not supported; convert the file to UTF-8', { file });
  }
  checkNotBinary(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    throw new LuccaError('INPUT_ENCODING', `invalid UTF-8 at byte ${at}`, { file });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (isBlank(text)) throw new LuccaError('INPUT_EMPTY', 'empty file', { file });
  return text;
}

/** Whether a string holds nothing but whitespace and invisible characters. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/.test(text);
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence in `bytes`, or -1 when all of it is
 * valid. Follows RFC 3629: overlong forms, surrogates and code points above U+10FFFF are invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    const second = bytes[i + 1];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function checkNotBinary(bytes: Uint8Array, file: string): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const nul = sample.indexOf(0);
  if (nul >= 0) throw new LuccaError('INPUT_BINARY', `binary file (NUL byte at ${nul})`, { file });
  let control = 0;
  for (const b of sample) {
    // C0 controls other than TAB, LF, VT, FF, CR; and DEL.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control += 1;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    const share = Math.round((100 * control) / sample.length);
    throw new LuccaError('INPUT_BINARY', `binary file (${share} % control characters)`, { file });
  }
}
