/**
 * @module eval/xml
 * A small, strict XML event reader for gold files: elements, attributes (either quote), text, comments,
 * processing instructions and CDATA, with line numbers. Enough for PETRARCH's unit-test records; every
 * malformation is an `INPUT_XML` error with file and line.
 */
import { LuccaError } from '../model/errors.js';

/** One event of the document, in order. */
export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; line: number }
  | { type: 'close'; name: string; line: number }
  | { type: 'text'; text: string; line: number };

/** Options for {@link readXmlEvents}. */
export interface XmlOptions {
  /** Elements whose content is kept as raw, undecoded text up to their end tag (e.g. `Parse`). */
  rawText?: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:][\w:.-]*/y;

/** Line lookup by character offset. */
function lineIndex(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Decode character and entity references. An unknown or unterminated reference calls `fail` with a message
 * and its offset in `text`.
 */
export function decodeEntities(text: string, fail: (message: string, offset: number) => never): string {
  return text.replace(/&([^;\s&<]*);?/g, (whole: string, name: string, offset: number) => {
    if (!whole.endsWith(';')) return fail('unescaped "&"', offset);
    const hex = /^#[xX]([0-9a-fA-F]+)$/.exec(name);
    const dec = /^#(\d+)$/.exec(name);
    const code = hex ? parseInt(hex[1], 16) : dec ? parseInt(dec[1], 10) : null;
    if (code !== null) return code <= 0x10ffff ? String.fromCodePoint(code) : fail(`bad character reference "${whole}"`, offset);
    return ENTITIES[name] ?? fail(`unknown entity "${whole}"`, offset);
  });
}

type Fail = (message: string, at?: number) => never;

/** Read the attributes of a start tag from `pos`; returns them and the position of `>` or `/>`. */
function readAttributes(text: string, pos: number, tag: string, fail: Fail): { attrs: Record<string, string>; pos: number } {
  const attrs: Record<string, string> = {};
  const space = /\s*/y;
  const equals = /\s*=\s*(["'])/y;
  for (;;) {
    space.lastIndex = pos;
    space.exec(text);
    pos = space.lastIndex;
    if (text.startsWith('/>', pos) || text[pos] === '>') return { attrs, pos };
    if (pos >= text.length) return fail(`unterminated <${tag}>`, pos);
    NAME.lastIndex = pos;
    const name = NAME.exec(text)?.[0] ?? fail(`bad attribute in <${tag}>`, pos);
    equals.lastIndex = pos + name.length;
    const quote = equals.exec(text)?.[1] ?? fail(`attribute ${name} of <${tag}> has no quoted value`, pos);
    const start = equals.lastIndex;
    const end = text.indexOf(quote, start);
    if (end < 0) fail(`unterminated value of ${name}`, pos);
    if (name in attrs) fail(`duplicate attribute ${name} in <${tag}>`, pos);
    attrs[name] = decodeEntities(text.slice(start, end), (m, offset) => fail(m, start + offset));
    pos = end + 1;
  }
}

/**
 * Read an XML document into events, checking that tags nest and close. Whitespace outside the root is
 * allowed; anything else there is an error.
 */
export function readXmlEvents(text: string, file: string, options: XmlOptions = {}): XmlEvent[] {
  const lineAt = lineIndex(text);
  const raw = new Set(options.rawText ?? []);
  const events: XmlEvent[] = [];
  const stack: { name: string; line: number }[] = [];
  let rootSeen = false;
  let pos = 0;
  const fail: Fail = (message, at = pos) => {
    throw new LuccaError('INPUT_XML', message, { file, line: lineAt(at) });
  };
  const skipTo = (end: string, what: string) => {
    const i = text.indexOf(end, pos);
    if (i < 0) fail(`unterminated ${what}`);
    const body = text.slice(pos, i);
    pos = i + end.length;
    return body;
  };
  const pushText = (t: string, at: number, decode: boolean) => {
    if (!t) return;
    if (stack.length === 0) {
      if (t.trim()) fail('text outside the root element', at + t.search(/\S/));
      return;
    }
    events.push({ type: 'text', text: decode ? decodeEntities(t, (m, offset) => fail(m, at + offset)) : t, line: lineAt(at) });
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) { pushText(text.slice(pos), pos, true); break; }
    pushText(text.slice(pos, lt), pos, true);
    pos = lt;
    if (text.startsWith('<!--', pos)) { pos += 4; skipTo('-->', 'comment'); continue; }
    if (text.startsWith('<![CDATA[', pos)) {
      const at = pos;
      pos += 9;
      pushText(skipTo(']]>', 'CDATA section'), at, false);
      continue;
    }
    if (text.startsWith('<?', pos)) { pos += 2; skipTo('?>', 'processing instruction'); continue; }
    if (text.startsWith('<!', pos)) { pos += 2; skipTo('>', 'declaration'); continue; }
    const at = pos;
    const closing = text[pos + 1] === '/';
    pos += closing ? 2 : 1;
    NAME.lastIndex = pos;
    const name = NAME.exec(text)?.[0] ?? fail('bad tag name');
    pos += name.length;
    if (closing) {
      pos = text.indexOf('>', pos) + 1 || fail(`unterminated </${name}>`, at);
      if (text.slice(at + 2 + name.length, pos - 1).trim()) fail(`bad end tag </${name}>`, at);
      const open = stack.pop() ?? fail(`</${name}> without an open element`, at);
      if (open.name !== name) fail(`</${name}> closes <${open.name}> opened at line ${open.line}`, at);
      events.push({ type: 'close', name, line: lineAt(at) });
      continue;
    }
    const tag = readAttributes(text, pos, name, fail);
    const attrs = tag.attrs;
    pos = tag.pos;
    const selfClosing = text.startsWith('/>', pos);
    pos += selfClosing ? 2 : 1;
    if (stack.length === 0) {
      if (rootSeen) fail(`second root element <${name}>`, at);
      rootSeen = true;
    }
    events.push({ type: 'open', name, attrs, selfClosing, line: lineAt(at) });
    if (selfClosing) { events.push({ type: 'close', name, line: lineAt(at) }); continue; }
    stack.push({ name, line: lineAt(at) });
    if (raw.has(name)) {
      const close = text.indexOf(`</${name}`, pos);
      if (close < 0) fail(`<${name}> is never closed`, at);
      pushText(text.slice(pos, close), pos, false);
      pos = close;
    }
  }
  const open = stack.pop();
  if (open) throw new LuccaError('INPUT_XML', `<${open.name}> is never closed`, { file, line: open.line });
  if (!rootSeen) fail('no root element', 0);
  return events;
}
