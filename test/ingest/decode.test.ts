import { errorOf } from '../helpers.js';
import { describe, it, expect } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/ingest/decode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);


describe('decodeText', () => {
  it('returns valid UTF-8 unchanged', () => {
    expect(decodeText(utf8('Müller met Ørsted in Zürich — “yes”.'), 'a.txt')).toBe('Müller met Ørsted in Zürich — “yes”.');
  });

  it('strips a BOM and normalises CRLF and CR to LF', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nOne.\rTwo.\n')]);
    expect(decodeText(bytes, 'a.txt')).toBe('Title\n\nOne.\nTwo.\n');
  });

  it('names the file and the byte offset of invalid UTF-8', () => {
    // "café" in Latin-1: é is 0xE9 at offset 3.
    const error = errorOf(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'latin1.txt'));
    expect(error.code).toBe('INPUT_ENCODING');
    expect(error.file).toBe('latin1.txt');
    expect(error.message).toBe('invalid UTF-8 at byte 3');
    expect(error.describe()).toBe('latin1.txt: invalid UTF-8 at byte 3');
  });

  it('reports a truncated sequence at the end of the file', () => {
    const bytes = new Uint8Array([...utf8('ok '), 0xe2, 0x80]);
    expect(errorOf(() => decodeText(bytes, 'cut.txt')).message).toBe('invalid UTF-8 at byte 3');
  });

  it('rejects UTF-16 with a clear message', () => {
    const error = errorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u16.txt'));
    expect(error.code).toBe('INPUT_ENCODING');
    expect(error.message).toMatch(/UTF-16/);
  });

  it('detects binary files by NUL bytes', () => {
    const error = errorOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'x.txt'));
    expect(error.code).toBe('INPUT_BINARY');
    expect(error.file).toBe('x.txt');
    expect(error.message).toBe('binary file (NUL byte at 4)');
  });

  it('detects binary files by a high share of control characters', () => {
    const bytes = new Uint8Array(100).map((_, i) => (i % 2 === 0 ? 0x01 : 0x41));
    expect(errorOf(() => decodeText(bytes, 'ctl.txt')).code).toBe('INPUT_BINARY');
  });

  it('accepts a few control characters', () => {
    expect(decodeText(utf8('Page one.\fPage two.\x1b'), 'a.txt')).toBe('Page one.\fPage two.\x1b');
  });

  it('rejects empty and whitespace-only files', () => {
    expect(errorOf(() => decodeText(new Uint8Array(), 'e.txt')).code).toBe('INPUT_EMPTY');
    expect(errorOf(() => decodeText(utf8(' \n\t\r\n\u00a0\u200b'), 'e.txt')).code).toBe('INPUT_EMPTY');
    expect(errorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt')).code).toBe('INPUT_EMPTY');
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts all valid forms, including 4-byte ones', () => {
    expect(firstInvalidUtf8(utf8('a é € 𝄞'))).toBe(-1);
  });

  it('rejects overlong forms, surrogates and lone continuation bytes', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(new Uint8Array([0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});
