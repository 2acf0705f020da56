/**
 * @module store/filter
 * An {@link EventFilter} checked and turned into a parameterised SQL `WHERE` clause over `events e`.
 * Values are never spliced into SQL: every value is a `?` parameter.
 */
import { LuccaError } from '../model/errors.js';
import { PLOVER_TYPES, type PloverType } from '../model/record.js';
import type { EventFilter } from './event-store.js';
import { ftsQuery } from './fts.js';

/** A piece of SQL and its parameters, in order. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

const ACTOR_CODE = /^[A-Z0-9_-]{1,64}\*?$/;
const COUNTRY = /^[A-Z]{3}$/;
const CAMEO = /^\d{2,4}$/;
const MAX_LIST = 50;
/** Sorts after every character an actor or event code can hold, so `[prefix, prefix + HIGH)` is a prefix range. */
const HIGH = '\uffff';

/** Throw the `OPTION_INVALID` error for a parameter; the message starts with its name. */
export function invalid(parameter: string, message: string): never {
  throw new LuccaError('OPTION_INVALID', `${parameter}: ${message}`);
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Check every field of `filter` and return it normalised (actor codes and countries upper-cased).
 * Throws `OPTION_INVALID` naming the first bad parameter.
 */
export function checkFilter(filter: EventFilter): EventFilter {
  const out: EventFilter = {};
  for (const key of ['source', 'target', 'actor'] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    const code = value.trim().toUpperCase();
    if (!ACTOR_CODE.test(code)) invalid(key, `"${value}" is not an actor code (letters and digits, optionally ending in * for a prefix)`);
    out[key] = code;
  }
  if (filter.country !== undefined) {
    const country = filter.country.trim().toUpperCase();
    if (!COUNTRY.test(country)) invalid('country', `"${filter.country}" is not an ISO 3166-1 alpha-3 code`);
    out.country = country;
  }
  if (filter.cameo !== undefined) {
    list('cameo', filter.cameo);
    for (const c of filter.cameo) if (!CAMEO.test(c)) invalid('cameo', `"${c}" is not a CAMEO code or root (2 to 4 digits)`);
    out.cameo = [...filter.cameo];
  }
  if (filter.plover !== undefined) {
    list('plover', filter.plover);
    for (const p of filter.plover) {
      if (!(PLOVER_TYPES as readonly string[]).includes(p)) invalid('plover', `"${p}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
    }
    out.plover = [...filter.plover] as PloverType[];
  }
  if (filter.quad_class !== undefined) {
    list('quad_class', filter.quad_class);
    for (const q of filter.quad_class) if (![1, 2, 3, 4].includes(q)) invalid('quad_class', `${q} is not a quad class (1, 2, 3 or 4)`);
    out.quad_class = [...filter.quad_class];
  }
  for (const key of ['from', 'to'] as const) {
    const value = filter[key];
    if (value === undefined) continue;
    if (!isIsoDate(value)) invalid(key, `"${value}" is not a valid date (YYYY-MM-DD)`);
    out[key] = value;
  }
  if (out.from && out.to && out.from > out.to) invalid('from', `${out.from} is after to (${out.to})`);
  if (filter.q !== undefined) {
    if (filter.q.length > 500) invalid('q', 'longer than 500 characters');
    if (ftsQuery(filter.q) === null) invalid('q', `"${filter.q}" has no words to search for`);
    out.q = filter.q;
  }
  if (filter.story !== undefined) {
    if (filter.story === '' || filter.story.length > 1000) invalid('story', 'must be a story id (1 to 1000 characters)');
    out.story = filter.story;
  }
  return out;
}

function list(parameter: string, values: unknown[]): void {
  if (!Array.isArray(values) || values.length === 0) invalid(parameter, 'needs at least one value');
  if (values.length > MAX_LIST) invalid(parameter, `at most ${MAX_LIST} values`);
}

/** `col = ?` for a code, a prefix range for `PREFIX*`. */
function codeMatch(column: string, code: string): SqlPart {
  if (code.endsWith('*')) {
    const prefix = code.slice(0, -1);
    return { sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, prefix + HIGH] };
  }
  return { sql: `${column} = ?`, params: [code] };
}

/**
 * The `WHERE` clause (without the keyword; `1` when the filter is empty) selecting the events of a
 * checked filter, over the table alias `e`.
 */
export function whereOf(filter: EventFilter): SqlPart {
  const parts: SqlPart[] = [];
  if (filter.source) parts.push(codeMatch('e.source_code', filter.source));
  if (filter.target) parts.push(codeMatch('e.target_code', filter.target));
  if (filter.actor) {
    const s = codeMatch('e.source_code', filter.actor);
    const t = codeMatch('e.target_code', filter.actor);
    parts.push({ sql: `(${s.sql} OR ${t.sql})`, params: [...s.params, ...t.params] });
  }
  if (filter.country) parts.push({ sql: '(e.source_country = ? OR e.target_country = ?)', params: [filter.country, filter.country] });
  if (filter.cameo) {
    const ranges = filter.cameo.map((c) => codeMatch('e.cameo_code', `${c}*`));
    parts.push({ sql: `(${ranges.map((r) => r.sql).join(' OR ')})`, params: ranges.flatMap((r) => r.params) });
  }
  // With an exact source or target code, its index already yields rows in date order and is the most
  // selective: a unary + keeps SQLite from choosing the low-cardinality type and class indexes instead.
  const hint = (filter.source && !filter.source.endsWith('*')) || (filter.target && !filter.target.endsWith('*')) ? '+' : '';
  if (filter.plover) parts.push({ sql: `${hint}e.plover_type IN (${filter.plover.map(() => '?').join(', ')})`, params: filter.plover });
  if (filter.quad_class) parts.push({ sql: `${hint}e.quad_class IN (${filter.quad_class.map(() => '?').join(', ')})`, params: filter.quad_class });
  if (filter.from) parts.push({ sql: 'e.date >= ?', params: [filter.from] });
  if (filter.to) parts.push({ sql: "(e.date <= ? AND e.date <> '')", params: [filter.to] });
  if (filter.q) {
    parts.push({ sql: 'e.sentence_pk IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)', params: [ftsQuery(filter.q)] });
  }
  if (filter.story) parts.push({ sql: 'e.story_id = ?', params: [filter.story] });
  if (!parts.length) return { sql: '1', params: [] };
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}
