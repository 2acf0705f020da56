/**
 * @module store/queries
 * Reading events and stories: filtered, keyset-paginated listings, single records, whole stories, and
 * exports read a page at a time (so no statement stays open between pages).
 */
import type { EventRecord } from '../model/record.js';
import { afterKey, decodeCursor, encodeCursor, orderOf } from './cursor.js';
import { EVENT_SORTS, MAX_PAGE, type EventFilter, type EventPage, type EventSort, type PageRequest, type StoredStory } from './event-store.js';
import { checkFilter, invalid, whereOf } from './filter.js';
import type { Prepare } from './statements.js';

/** Events per page when a request names no limit. */
export const DEFAULT_PAGE = 100;
/** Events per page an export reads. */
const EXPORT_PAGE = 1000;

interface EventRow {
  pk: number;
  date: string;
  record: string;
}

/** Check a sort name; throws `OPTION_INVALID` naming `sort`. */
export function checkSort(sort: string): EventSort {
  if (!(EVENT_SORTS as readonly string[]).includes(sort)) invalid('sort', `"${sort}" is not a sort (${EVENT_SORTS.join(', ')})`);
  return sort as EventSort;
}

/** Check a page size; throws `OPTION_INVALID` naming `parameter`. */
export function checkLimit(limit: number, max: number, parameter = 'limit'): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) invalid(parameter, `must be an integer from 1 to ${max}, not ${limit}`);
  return limit;
}

/** The read queries of a store over its statement cache. */
export function createQueries(prepare: Prepare) {
  function queryEvents(filter: EventFilter, page: PageRequest = {}): EventPage {
    const where = whereOf(checkFilter(filter));
    const sort = checkSort(page.sort ?? '-date');
    const limit = checkLimit(page.limit ?? DEFAULT_PAGE, MAX_PAGE);
    const parts = [where];
    if (page.cursor) parts.push(afterKey(sort, decodeCursor(page.cursor, sort)));
    // Choose the page's rows from the indexes first, then read only their records (a "deferred join"):
    // sorting a large match never carries the record JSON along.
    const order = orderOf(sort);
    const sql = `WITH page AS (SELECT e.pk, e.date FROM events e WHERE ${parts.map((p) => p.sql).join(' AND ')} ORDER BY ${order} LIMIT ?)
      SELECT e.pk, e.date, r.record FROM page e JOIN events r ON r.pk = e.pk ORDER BY ${order}`;
    const rows = prepare(sql).all(...parts.flatMap((p) => p.params), limit + 1) as EventRow[];
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1];
    return {
      events: rows.map((r) => JSON.parse(r.record) as EventRecord),
      next: more ? encodeCursor(sort, { date: last.date, pk: last.pk }) : null,
    };
  }

  function getEvent(id: string): EventRecord | null {
    const record = prepare('SELECT record FROM events WHERE id = ?').pluck().get(id) as string | undefined;
    return record === undefined ? null : (JSON.parse(record) as EventRecord);
  }

  function getStory(id: string): StoredStory | null {
    const row = prepare('SELECT pk, id, text, date, title, url, outlet, origin, hash, added_at FROM stories WHERE id = ?').get(id) as
      (Omit<StoredStory, 'sentences' | 'events'> & { pk: number }) | undefined;
    if (!row) return null;
    const { pk, ...story } = row;
    const sentences = prepare('SELECT idx AS "index", char_offset AS "offset", text FROM sentences WHERE story_pk = ? ORDER BY idx').all(pk) as StoredStory['sentences'];
    const events = (prepare('SELECT record FROM events WHERE story_pk = ? ORDER BY sentence_index, pk').pluck().all(pk) as string[])
      .map((r) => JSON.parse(r) as EventRecord);
    return { ...story, sentences, events };
  }

  /** Checks the filter and sort at once, then reads a page at a time as the caller iterates. */
  function exportEvents(filter: EventFilter, sort: EventSort = 'id'): IterableIterator<EventRecord> {
    const checked = checkFilter(filter);
    checkSort(sort);
    return (function* pages() {
      let cursor: string | null = null;
      do {
        const page = queryEvents(checked, { sort, limit: EXPORT_PAGE, cursor });
        yield* page.events;
        cursor = page.next;
      } while (cursor);
    })();
  }

  return { queryEvents, getEvent, getStory, exportEvents };
}
