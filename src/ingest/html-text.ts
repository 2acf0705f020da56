/**
 * @module ingest/html-text
 * Text from an HTML element, one paragraph per block element, so paragraphs end sentences.
 */
import { normaliseWhitespace } from './whitespace.js';

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose content is never story text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'BUTTON']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of `root` with a blank line (`"\n\n"`) between block elements (p, h1–h6, li, blockquote,
 * div, td, …) and inline whitespace collapsed, then cleaned by `normaliseWhitespace`. Nested blocks
 * are handled (a `<p>` inside a `<blockquote>` is one paragraph, not two copies), and the walk is
 * iterative, so deeply nested broken markup cannot overflow the stack.
 *
 * @example
 * blockText(parseHTML('<div><p>One.</p><p>Two.</p></div>').document.body) // 'One.\n\nTwo.'
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const paragraph = buffer.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  // Each entry is a node to enter, or the closing marker of a block element.
  const stack: Array<{ node: Node; closing: boolean }> = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (BLOCKS.has(tag)) {
      flush();
      stack.push({ node, closing: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
  flush();
  return normaliseWhitespace(paragraphs.join('\n\n'));
}
