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

/** Decode character and entity references; an unknown or unterminated reference is an error. */
export function decodeEntities(text: string, fail: (message: string) => never): string {
  return text.replace(/&([^;\s&<]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) fail(`unescaped "&" in "${whole}"`);
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const n = parseInt(name.slice(2), 16);
      if (Number.isNaN(n)) fail(`bad character reference "${whole}"`);
      return String.fromCodePoint(n);
    }
    if (name.startsWith('#')) {
      const n = parseInt(name.slice(1), 10);
      if (Number.isNaN(n)) fail(`bad character reference "${whole}"`);
      return String.fromCodePoint(n);
    }
    const e = ENTITIES[name];
    if (e === undefined) fail(`unknown entity "${whole}"`);
    return e;
  });
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
  const fail = (message: string, at = pos): never => {
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
      if (t.trim()) fail('text outside the root element', at);
      return;
    }
    events.push({ type: 'text', text: decode ? decodeEntities(t, (m) => fail(m, at)) : t, line: lineAt(at) });
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
    const m = NAME.exec(text);
    if (!m) fail('bad tag name');
    const name = m![0];
    pos = NAME.lastIndex;
    if (closing) {
      pos = text.indexOf('>', pos) + 1 || fail(`unterminated </${name}>`, at);
      if (text.slice(at + 2 + name.length, pos - 1).trim()) fail(`bad end tag </${name}>`, at);
      const open = stack.pop();
      if (!open) fail(`</${name}> without an open element`, at);
      if (open!.name !== name) fail(`</${name}> closes <${open!.name}> opened at line ${open!.line}`, at);
      events.push({ type: 'close', name, line: lineAt(at) });
      continue;
    }
    const attrs: Record<string, string> = {};
    for (;;) {
      const ws = /\s*/y;
      ws.lastIndex = pos;
      ws.exec(text);
      pos = ws.lastIndex;
      if (text.startsWith('/>', pos) || text[pos] === '>') break;
      if (pos >= text.length) fail(`unterminated <${name}>`, at);
      NAME.lastIndex = pos;
      const a = NAME.exec(text);
      if (!a) fail(`bad attribute in <${name}>`);
      pos = NAME.lastIndex;
      const eq = /\s*=\s*(["'])/y;
      eq.lastIndex = pos;
      const q = eq.exec(text);
      if (!q) fail(`attribute ${a![0]} of <${name}> has no quoted value`);
      pos = eq.lastIndex;
      const end = text.indexOf(q![1], pos);
      if (end < 0) fail(`unterminated value of ${a![0]}`);
      if (a![0] in attrs) fail(`duplicate attribute ${a![0]} in <${name}>`);
      attrs[a![0]] = decodeEntities(text.slice(pos, end), (msg) => fail(msg));
      pos = end + 1;
    }
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
