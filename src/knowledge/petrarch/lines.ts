/**
 * @module knowledge/petrarch/lines
 * Turn a PETRARCH dictionary file into its meaningful lines: comments removed (`# …`, `; …` and
 * `<!-- … -->`, which may span lines), blank lines dropped, line numbers kept.
 */

/** One non-blank line of a dictionary, without comments. */
export interface DictLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line's content with comments removed and surrounding whitespace trimmed. */
  text: string;
}

/** `<!--`, also written `<! --` in old files. */
const HTML_OPEN = /^<!\s*--/;

/**
 * Split a dictionary into lines without comments. `#` and `;` start a comment only outside `[…]`, so that
 * codes such as `[###]` survive. An HTML-style comment runs to the next `-->`, across lines if needed.
 */
export function dictionaryLines(text: string): DictLine[] {
  const out: DictLine[] = [];
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let inComment = false;
  raw.forEach((source, i) => {
    let kept = '';
    let pos = 0;
    let bracket = 0;
    while (pos < source.length) {
      if (inComment) {
        const end = source.indexOf('-->', pos);
        if (end < 0) { pos = source.length; break; }
        inComment = false;
        pos = end + 3;
        continue;
      }
      const ch = source[pos];
      if (ch === '<' && HTML_OPEN.test(source.slice(pos))) {
        inComment = true;
        pos = source.indexOf('--', pos) + 2;
        continue;
      }
      if (ch === '[') bracket++;
      else if (ch === ']' && bracket > 0) bracket--;
      else if ((ch === '#' || ch === ';') && bracket === 0) break;
      kept += ch;
      pos++;
    }
    const trimmed = kept.trim();
    if (trimmed) out.push({ line: i + 1, text: trimmed });
  });
  return out;
}
