/**
 * @module store/cursor
 * Keyset pagination: a cursor names the last row of a page by its sort key, so the next page starts
 * right after it however many rows are added meanwhile. Cursors are opaque base64url text.
 */
import { EVENT_SORTS, type EventSort } from './event-store.js';
import { invalid, type SqlPart } from './filter.js';

/** The sort key of a row: its date (`''` when none) and its primary key. */
export interface RowKey {
  date: string;
  pk: number;
}

/** Encode the cursor that continues after `key` in `sort` order. */
export function encodeCursor(sort: EventSort, key: RowKey): string {
  return Buffer.from(JSON.stringify([sort, key.date, key.pk])).toString('base64url');
}

/** Decode a cursor made for `sort`; throws `OPTION_INVALID` naming `cursor` when it is not one. */
export function decodeCursor(cursor: string, sort: EventSort): RowKey {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return invalid('cursor', 'not a cursor returned by this API');
  }
  if (!Array.isArray(value) || value.length !== 3 || typeof value[1] !== 'string' || !Number.isSafeInteger(value[2])) {
    return invalid('cursor', 'not a cursor returned by this API');
  }
  if (!(EVENT_SORTS as readonly unknown[]).includes(value[0])) return invalid('cursor', 'not a cursor returned by this API');
  if (value[0] !== sort) invalid('cursor', `made for sort=${value[0]}, not sort=${sort}`);
  return { date: value[1], pk: value[2] };
}

/** `ORDER BY` terms (without the keyword) of a sort, over `events e`. */
export function orderOf(sort: EventSort): string {
  switch (sort) {
    case 'date': return 'e.date ASC, e.pk ASC';
    case '-date': return 'e.date DESC, e.pk DESC';
    case 'id': return 'e.pk ASC';
    case '-id': return 'e.pk DESC';
  }
}

/** The condition that selects the rows after `key` in `sort` order. */
export function afterKey(sort: EventSort, key: RowKey): SqlPart {
  switch (sort) {
    case 'date': return { sql: '(e.date, e.pk) > (?, ?)', params: [key.date, key.pk] };
    case '-date': return { sql: '(e.date, e.pk) < (?, ?)', params: [key.date, key.pk] };
    case 'id': return { sql: 'e.pk > ?', params: [key.pk] };
    case '-id': return { sql: 'e.pk < ?', params: [key.pk] };
  }
}
