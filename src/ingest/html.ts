/**
 * @module ingest/html
 * HTML pages: find the article with Readability, keep its paragraphs, read title and date.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Story } from '../model/story.js';
import { LuccaError } from '../model/errors.js';
import { findDate, normaliseDate } from './dates.js';
import { blockText } from './html-text.js';
import { normaliseWhitespace } from './whitespace.js';

/** Shortest article text (in characters) that counts as an article. */
const MIN_ARTICLE_LENGTH = 50;

/** Where a page came from and what to call it. */
export interface HtmlMeta {
  /** Story id (for files, the base name without extension). */
  id: string;
  /** Date to use when the page states none, as `YYYY-MM-DD`, or null. */
  date: string | null;
  /** File path or other label, used in error messages. */
  origin: string;
  /** Address of the page; when absent, the page's canonical link is used if it has one. */
  url?: string;
}

/** Where a page may state its publication date, in order of trust. */
const DATE_SOURCES: Array<{ selector: string; attribute: string }> = [
  { selector: 'meta[property="article:published_time"]', attribute: 'content' },
  { selector: 'meta[name="date"]', attribute: 'content' },
  { selector: 'meta[itemprop="datePublished"]', attribute: 'content' },
  { selector: 'time[datetime]', attribute: 'datetime' },
];

/**
 * Read one news page. Readability finds the article; its text is built from the article's block
 * elements joined by blank lines, so every paragraph, heading and list item ends a sentence.
 * Title comes from the article (or from the page's only `<h1>` when the article title is that
 * headline plus the site name, which Readability keeps for short headlines); outlet from
 * `og:site_name`; URL from `meta.url` or the canonical link.
 * Date: `article:published_time`, `<meta name="date">`, `datePublished`, the first `<time datetime>`,
 * the page's JSON-LD (as Readability reads it), and only then `meta.date`.
 *
 * Broken or truncated markup is parsed leniently. Throws `INPUT_NO_ARTICLE` (naming `origin`) when no
 * article with at least 50 characters of text is found.
 */
export function readHtmlStory(html: string, meta: HtmlMeta): Story {
  let pageDate: string | null;
  let url: string | undefined;
  let outlet: string | null;
  let headline: string | null;
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    const document = parseDocument(html);
    // Read the metadata first: Readability changes the document as it works.
    pageDate = datePublished(document);
    url = meta.url ?? attribute(document, 'link[rel="canonical"]', 'href') ?? undefined;
    outlet = attribute(document, 'meta[property="og:site_name"]', 'content');
    headline = singleHeadline(document);
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LuccaError('INPUT_NO_ARTICLE', `could not read an article from the page (${reason})`, { file: meta.origin });
  }
  let text = article?.content ? blockText(article.content) : '';
  if (text.length < MIN_ARTICLE_LENGTH && article?.textContent) text = normaliseWhitespace(article.textContent);
  if (!article || text.length < MIN_ARTICLE_LENGTH) {
    throw new LuccaError('INPUT_NO_ARTICLE', 'no article found in the page', { file: meta.origin });
  }
  const story: Story = {
    id: meta.id,
    text,
    date: pageDate ?? dateOf(article.publishedTime) ?? meta.date,
    origin: meta.origin,
  };
  const title = chooseTitle(normaliseWhitespace(article.title ?? ''), headline);
  if (title) story.title = title;
  if (url) story.url = url;
  const site = outlet ?? article.siteName;
  if (site && site.trim()) story.outlet = site.trim();
  return story;
}

/**
 * Parse `html` into a full document. linkedom makes the first element the document element, so a
 * fragment (`<p>…</p>`, or a head and body without `<html>`) is first rebuilt into
 * `<html><head>…</head><body>…</body></html>`, which Readability needs.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.nodeName.toUpperCase() === 'HTML' && document.body) return document;
  let head = '';
  let body = '';
  for (const node of Array.from(document.childNodes)) {
    const name = node.nodeName.toUpperCase();
    if (name === 'HEAD') head += innerHtml(node);
    else if (name === 'BODY') body += innerHtml(node);
    else if (['TITLE', 'META', 'LINK', 'BASE'].includes(name)) head += (node as Element).outerHTML;
    else if (node.nodeType === 1) body += (node as Element).outerHTML;
    else if (node.nodeType === 3) body += escapeText(node.textContent ?? '');
  }
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document;
}

function innerHtml(node: Node): string {
  return (node as Element).innerHTML ?? '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(document: Document, selector: string, name: string): string | null {
  const value = document.querySelector(selector)?.getAttribute(name);
  return value && value.trim() ? value.trim() : null;
}

function datePublished(document: Document): string | null {
  for (const source of DATE_SOURCES) {
    const date = dateOf(attribute(document, source.selector, source.attribute));
    if (date) return date;
  }
  return null;
}

/** The text of the page's `<h1>` when it has exactly one, else null. */
function singleHeadline(document: Document): string | null {
  const headings = document.querySelectorAll('h1');
  if (headings.length !== 1) return null;
  const text = normaliseWhitespace((headings[0].textContent ?? '').replace(/\s+/g, ' '));
  return text || null;
}

/** The article title, or the page headline when the title is the headline with extras (`Headline | Site`). */
function chooseTitle(title: string, headline: string | null): string {
  if (headline && title.length > headline.length && title.startsWith(headline)) return headline;
  return title || headline || '';
}

function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  return normaliseDate(value) ?? findDate(value);
}
