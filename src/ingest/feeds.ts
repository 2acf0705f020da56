/**
 * @module ingest/feeds
 * RSS, Atom, RDF and JSON Feed files (parsed by feedsmith) as stories: one story per item, with its
 * date, title and link. The item text is its full content when the feed carries it, else its summary;
 * HTML is reduced to paragraphs of text. Used by `lucca ingest`.
 */
import { parseFeed, type AnyFeed } from 'feedsmith';
import { findDate, normaliseDate } from './dates.js';
import { blockText } from './html-text.js';
import { parseDocument } from './html.js';
import { normaliseWhitespace } from './whitespace.js';
import { LuccaError } from '../model/errors.js';
import type { Story } from '../model/story.js';

/** One item of a feed file: a story, or the error that stopped it. */
export type FeedItem = { story: Story; error?: undefined } | { story?: undefined; error: LuccaError };

/** The parts of a feed item a story needs, whatever the feed format. */
interface ItemParts {
  id?: string;
  title?: string;
  link?: string;
  date?: string;
  /** Candidate texts, best first (full content, then summary); may be HTML. */
  bodies: Array<string | undefined>;
}

/** True when `text` looks like a feed document (RSS, Atom, RDF or JSON Feed), judged from its start. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(text.slice(0, 5000));
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/**
 * Read the items of a feed document. Each item becomes a story: id from the item's guid/id, else its
 * link, else `NAME#N`; date from the item (`pubDate`, `published`, `updated`, `dc:date`,
 * `date_published`), else `defaultDate`; `title` and `url` from the item; `outlet` from the feed title.
 * A document that is not a feed is one `INPUT_XML` error; an item without text is an `INPUT_EMPTY`
 * error naming the item (`file: item N`), and the other items are still read.
 */
export function readFeedStories(text: string, file: string, name: string, defaultDate: string | null): FeedItem[] {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ error: new LuccaError('INPUT_XML', `not a readable RSS, Atom, RDF or JSON feed (${reason})`, { file }) }];
  }
  const { outlet, items } = partsOf(parsed);
  return items.map((item, i) => {
    const origin = `${file}: item ${i + 1}`;
    const body = item.bodies.map((b) => (b ? textOf(b) : '')).find((t) => t !== '') ?? '';
    const title = item.title ? normaliseWhitespace(textOf(item.title)) : '';
    const full = body === '' ? title : title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
    if (full === '') return { error: new LuccaError('INPUT_EMPTY', `item ${i + 1} has no text`, { file }) };
    const story: Story = { id: item.id?.trim() || item.link?.trim() || `${name}#${i + 1}`, text: full, date: dateOf(item.date) ?? defaultDate, origin };
    if (title) story.title = title;
    if (item.link) story.url = item.link.trim();
    if (outlet) story.outlet = outlet;
    return { story };
  });
}

/** Text of a feed field that may hold HTML. */
function textOf(value: string): string {
  if (!/<[a-z!/]/i.test(value)) return normaliseWhitespace(value);
  return blockText(parseDocument(value).body);
}

/** `YYYY-MM-DD` from an ISO timestamp or an RFC 822 date (`Tue, 11 Apr 2017 10:00:00 GMT`), as written. */
function dateOf(value: string | undefined): string | null {
  if (!value) return null;
  return normaliseDate(value) ?? findDate(value);
}

function partsOf(parsed: AnyFeed<string>): { outlet: string | undefined; items: ItemParts[] } {
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        outlet: f.title,
        items: (f.items ?? []).map((i) => ({
          id: i.guid?.value, title: i.title, link: i.link, date: i.pubDate ?? i.dc?.dates?.[0],
          bodies: [i.content?.encoded, i.description],
        })),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      return {
        outlet: f.title?.value,
        items: (f.entries ?? []).map((e) => ({
          id: e.id, title: e.title?.value,
          link: (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href,
          date: e.published ?? e.updated ?? e.dc?.dates?.[0],
          bodies: [e.content?.value, e.summary?.value],
        })),
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        outlet: f.title,
        items: (f.items ?? []).map((i) => ({
          title: i.title, link: i.link, date: i.dc?.dates?.[0],
          bodies: [i.content?.encoded, i.description],
        })),
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        outlet: f.title,
        items: (f.items ?? []).map((i) => ({
          id: i.id, title: i.title, link: i.url, date: i.date_published ?? i.date_modified,
          bodies: [i.content_text, i.content_html, i.summary],
        })),
      };
    }
  }
}
