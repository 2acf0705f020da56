/**
 * @module store/statements
 * A cache of prepared statements keyed by their SQL text. Filters build their SQL from a fixed set of
 * fragments, so the number of distinct statements stays small; preparing each once keeps latency low.
 */
import type { Database, Statement } from 'better-sqlite3';

/** Prepare `sql` on first use, then reuse the statement. */
export type Prepare = (sql: string) => Statement<unknown[], unknown>;

/** A prepared-statement cache over `db`, holding at most `max` statements (cleared when full). */
export function statementCache(db: Database, max = 500): Prepare {
  const cache = new Map<string, Statement<unknown[], unknown>>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      if (cache.size >= max) cache.clear();
      statement = db.prepare<unknown[], unknown>(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
