/**
 * @module store/aggregates
 * Summaries over filtered events: time series by quad class, the actor network, actors with counts.
 */
import { SERIES_INTERVALS, type ActorSummary, type CountAndMean, type EventFilter, type Network, type NetworkEdge, type NetworkNode, type Series, type SeriesInterval, type SeriesPoint } from './event-store.js';
import { checkFilter, invalid, whereOf } from './filter.js';
import { checkLimit } from './queries.js';
import type { Prepare } from './statements.js';

/** Most nodes `network` returns. */
export const MAX_NETWORK_NODES = 500;
/** Most edges `network` returns (the heaviest). */
export const MAX_NETWORK_EDGES = 5000;
/** Most actors `actors` returns. */
export const MAX_ACTORS = 1000;

/** SQL of the period of `e.date` for each interval (fixed text: never built from input). */
const PERIOD_SQL: Record<SeriesInterval, string> = {
  day: 'e.date',
  // The Monday of the ISO week: strftime('%w') is 0 for Sunday … 6 for Saturday.
  week: "date(e.date, '-' || ((CAST(strftime('%w', e.date) AS INTEGER) + 6) % 7) || ' days')",
  month: 'substr(e.date, 1, 7)',
};

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1000) / 1000;
}

function empty(): CountAndMean {
  return { count: 0, goldstein: null };
}

/** The aggregate queries of a store over its statement cache. */
export function createAggregates(prepare: Prepare) {
  function series(filter: EventFilter, interval: SeriesInterval): Series {
    if (!(SERIES_INTERVALS as readonly string[]).includes(interval)) invalid('interval', `"${interval}" is not one of ${SERIES_INTERVALS.join(', ')}`);
    const where = whereOf(checkFilter(filter));
    const sql = `SELECT ${PERIOD_SQL[interval]} AS period, e.quad_class AS quad, COUNT(*) AS n, AVG(e.goldstein) AS g
      FROM events e WHERE ${where.sql} AND e.date <> '' GROUP BY period, quad ORDER BY period, quad`;
    const rows = prepare(sql).all(...where.params) as Array<{ period: string; quad: number; n: number; g: number }>;
    const points: SeriesPoint[] = [];
    let sum = 0;
    for (const r of rows) {
      let point = points[points.length - 1];
      if (!point || point.period !== r.period) {
        if (point) point.goldstein = round(sum / point.count);
        point = { period: r.period, count: 0, goldstein: null, quad_class: { 1: empty(), 2: empty(), 3: empty(), 4: empty() } };
        points.push(point);
        sum = 0;
      }
      point.count += r.n;
      sum += r.n * r.g;
      const key = String(r.quad) as '1' | '2' | '3' | '4';
      if (point.quad_class[key]) point.quad_class[key] = { count: r.n, goldstein: round(r.g) };
    }
    const last = points[points.length - 1];
    if (last) last.goldstein = round(sum / last.count);
    return { interval, points };
  }

  function network(filter: EventFilter, limit: number): Network {
    checkLimit(limit, MAX_NETWORK_NODES);
    const where = whereOf(checkFilter(filter));
    const dyadic = `SELECT e.source_code AS s, e.target_code AS t, e.goldstein AS g FROM events e WHERE ${where.sql} AND e.target_code IS NOT NULL`;
    const nodes = prepare(`WITH f AS (${dyadic}),
        deg AS (SELECT code, SUM(o) AS out_n, SUM(i) AS in_n FROM (SELECT s AS code, 1 AS o, 0 AS i FROM f UNION ALL SELECT t, 0, 1 FROM f) GROUP BY code),
        top AS (SELECT code, out_n, in_n FROM deg ORDER BY out_n + in_n DESC, code LIMIT ?)
      SELECT top.code AS code, a.name AS name, a.country AS country, a.kind AS kind, top.out_n AS "out", top.in_n AS "in"
      FROM top LEFT JOIN actors a ON a.code = top.code ORDER BY top.out_n + top.in_n DESC, top.code`)
      .all(...where.params, limit) as NetworkNode[];
    const codes = JSON.stringify(nodes.map((n) => n.code));
    const edges = (prepare(`WITH f AS (${dyadic})
      SELECT s AS source, t AS target, COUNT(*) AS count, AVG(g) AS goldstein FROM f
      WHERE s IN (SELECT value FROM json_each(?)) AND t IN (SELECT value FROM json_each(?))
      GROUP BY s, t ORDER BY count DESC, s, t LIMIT ?`)
      .all(...where.params, codes, codes, MAX_NETWORK_EDGES) as NetworkEdge[])
      .map((e) => ({ ...e, goldstein: round(e.goldstein) }));
    return { nodes, edges };
  }

  function actors(q: string | null, limit: number): ActorSummary[] {
    checkLimit(limit, MAX_ACTORS);
    const columns = 'code, name, country, kind, as_source + as_target AS events, as_source, as_target';
    const order = 'ORDER BY as_source + as_target DESC, code LIMIT ?';
    const text = q?.trim() ?? '';
    if (text === '') return prepare(`SELECT ${columns} FROM actors ${order}`).all(limit) as ActorSummary[];
    if (text.length > 200) invalid('q', 'longer than 200 characters');
    const code = text.toUpperCase();
    const like = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    return prepare(`SELECT ${columns} FROM actors WHERE (code >= ? AND code < ?) OR name LIKE ? ESCAPE '\\' ${order}`)
      .all(code, code + '\uffff', like, limit) as ActorSummary[];
  }

  return { series, network, actors };
}
