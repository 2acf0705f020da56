/**
 * The HTTP API through fastify's inject, against a real SQLite file holding the demo corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TSV_HEADER, toTsv } from '../../src/cli/format.js';
import { loadKnowledge } from '../../src/index.js';
import { readInputs } from '../../src/ingest/index.js';
import type { EventRecord } from '../../src/model/record.js';
import { createCoder, type Coder } from '../../src/pipeline/coder.js';
import { createServer, type App } from '../../src/server/index.js';
import { openSqliteStore, type CodedStory, type SqliteEventStore } from '../../src/store/index.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'lucca-api-'));
let store: SqliteEventStore;
let coder: Coder;
let app: App;
let all: EventRecord[];

beforeAll(async () => {
  coder = createCoder(loadKnowledge());
  store = openSqliteStore(join(dir, 'demo.db'));
  const batch: CodedStory[] = [];
  for await (const item of readInputs([join(ROOT, 'demo')], { date: null })) {
    if (item.story) batch.push({ story: item.story, result: coder.codeStory(item.story, { trace: true }) });
  }
  // A story whose id is a URL, as feed items have.
  const url = { id: 'https://wire.example/news/1?x=1', text: 'Russia condemned the attack on Ukraine.', date: '2022-03-01' };
  batch.push({ story: url, result: coder.codeStory(url, { trace: true }) });
  expect(store.addStories(batch).every((o) => o === 'added')).toBe(true);
  all = [...store.exportEvents({})];
  app = createServer({ store, coder });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body, headers: res.headers, json: () => JSON.parse(res.body) };
}

/** The most frequent actor code prefix (country or IGO) in the demo events. */
function busiest(): string {
  const counts = new Map<string, number>();
  for (const e of all) for (const a of [e.source, e.target]) if (a) counts.set(a.code.slice(0, 3), (counts.get(a.code.slice(0, 3)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

describe('pages', () => {
  it('serves an honest home page that links the docs and the events when the dashboard is not built', async () => {
    const plain = createServer({ store, coder, webRoot: null });
    const res = await plain.inject({ method: 'GET', url: '/' });
    await plain.close();
    const r = { status: res.statusCode, body: res.body, headers: res.headers };
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toMatch(/dashboard is not built yet/);
    expect(r.body).toContain('href="/docs"');
    expect(r.body).toContain('href="/api/events"');
    expect(r.body).toContain(`${all.length} events`);
  });

  it('publishes the OpenAPI document and the docs', async () => {
    const doc = (await get('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/events', '/api/events/{id}', '/api/stories/{id}', '/api/series', '/api/network', '/api/actors', '/api/code', '/api/export']) {
      expect(doc.paths).toHaveProperty([path]);
    }
    const names = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['source', 'target', 'actor', 'country', 'cameo', 'plover', 'quad_class', 'from', 'to', 'q', 'limit', 'cursor', 'sort']));
    expect(doc.components.schemas).toHaveProperty('EventRecord');
    const docs = await get('/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('answers an unknown route with a JSON 404', async () => {
    const r = await get('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

describe('GET /api/events', () => {
  it('lists events newest first, 100 at most by default, as the JSONL contract', async () => {
    const { events, next } = (await get('/api/events')).json();
    expect(events).toHaveLength(Math.min(100, all.length));
    expect(next).toBeNull();
    const dates = events.map((e: EventRecord) => e.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const byId = new Map(all.map((e) => [e.id, e]));
    for (const e of events) expect(e).toEqual(byId.get(e.id));
  });

  it('walks every event with the cursor, in each sort order', async () => {
    for (const sort of ['date', '-date', 'id', '-id']) {
      const seen: string[] = [];
      let url = `/api/events?limit=7&sort=${sort}`;
      for (;;) {
        const { events, next } = (await get(url)).json();
        seen.push(...events.map((e: EventRecord) => e.id));
        if (!next) break;
        url = `/api/events?limit=7&sort=${sort}&cursor=${encodeURIComponent(next)}`;
      }
      expect(seen).toHaveLength(all.length);
      expect(new Set(seen).size).toBe(all.length);
    }
  });

  it('filters by actor, source, target, country, codes, types, classes, dates, text and story', async () => {
    const actor = busiest();
    const expected: Array<[string, (e: EventRecord) => boolean]> = [
      [`actor=${actor}*`, (e) => e.source.code.startsWith(actor) || !!e.target?.code.startsWith(actor)],
      [`source=${actor}*`, (e) => e.source.code.startsWith(actor)],
      [`target=${actor.toLowerCase()}*`, (e) => !!e.target?.code.startsWith(actor)],
      [`country=${all[0].source.country ?? 'USA'}`, (e) => e.source.country === (all[0].source.country ?? 'USA') || e.target?.country === (all[0].source.country ?? 'USA')],
      [`cameo=${all[0].cameo.root}`, (e) => e.cameo.root === all[0].cameo.root],
      [`cameo=${all[0].cameo.code},19`, (e) => e.cameo.code.startsWith(all[0].cameo.code) || e.cameo.root === '19'],
      [`plover=${all[0].plover.type.toLowerCase()}`, (e) => e.plover.type === all[0].plover.type],
      ['quad_class=3,4', (e) => e.cameo.quad_class >= 3],
      ['from=2024-01-01&to=2024-03-31', (e) => !!e.date && e.date >= '2024-01-01' && e.date <= '2024-03-31'],
      ['q=sanctions', (e) => /\bsanctions\b/i.test(e.sentence)],
      ['story=demo-jsonl-1', (e) => e.story_id === 'demo-jsonl-1'],
    ];
    for (const [query, keep] of expected) {
      const r = await get(`/api/events?limit=1000&${query}`);
      expect(r.status, query).toBe(200);
      const got = r.json().events.map((e: EventRecord) => e.id).sort();
      const want = all.filter(keep).map((e) => e.id).sort();
      expect(got, query).toEqual(want);
      expect(want.length, query).toBeGreaterThan(0);
    }
  });

  it('refuses bad parameters with a 400 that names the parameter', async () => {
    const bad: Array<[string, string]> = [
      ['/api/events?limit=0', 'limit'],
      ['/api/events?limit=1001', 'limit'],
      ['/api/events?limit=ten', 'limit'],
      ['/api/events?sort=size', 'sort'],
      ['/api/events?souce=RUS', 'souce'],
      ['/api/events?cursor=not-a-cursor', 'cursor'],
      ['/api/events?source=RUS%20GOV', 'source'],
      ['/api/events?actor=%27%3B%20DROP', 'actor'],
      ['/api/events?country=RU', 'country'],
      ['/api/events?cameo=1', 'cameo'],
      ['/api/events?plover=HUG', 'plover'],
      ['/api/events?quad_class=5', 'quad_class'],
      ['/api/events?from=2022-02-30', 'from'],
      ['/api/events?from=20220301', 'from'],
      ['/api/events?from=2022-05-01&to=2022-04-01', 'from'],
      ['/api/events?q=', 'q'],
      ['/api/events?q=%21%21%21', 'q'],
      [`/api/events?q=${'x'.repeat(501)}`, 'q'],
      ['/api/series?interval=year', 'interval'],
      ['/api/series?limit=5', 'limit'],
      ['/api/network?limit=501', 'limit'],
      ['/api/actors?limit=0', 'limit'],
      ['/api/export?format=xml', 'format'],
      ['/api/export?to=tomorrow', 'to'],
    ];
    for (const [url, parameter] of bad) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      const body = r.json();
      expect(body.parameter, url).toBe(parameter);
      expect(body.message.startsWith(`${parameter}: `), `${url}: ${body.message}`).toBe(true);
    }
  });
});

describe('single records', () => {
  it('returns one event by id, and a 404 for an unknown id', async () => {
    const e = all[3];
    expect((await get(`/api/events/${encodeURIComponent(e.id)}`)).json()).toEqual(e);
    const missing = await get('/api/events/no-such-event');
    expect(missing.status).toBe(404);
    expect(missing.json().message).toMatch(/no-such-event/);
  });

  it('returns a story with sentences at their offsets and its events', async () => {
    const story = (await get('/api/stories/demo-jsonl-1')).json();
    expect(story.id).toBe('demo-jsonl-1');
    expect(story.title).toBeTruthy();
    for (const s of story.sentences) expect(story.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(story.events.map((e: EventRecord) => e.id)).toEqual(all.filter((e) => e.story_id === 'demo-jsonl-1').map((e) => e.id));
    for (const e of story.events as EventRecord[]) {
      const offset = story.sentences.find((s: { index: number }) => s.index === e.sentence_index).offset;
      expect(story.text.slice(offset + e.trigger.start, offset + e.trigger.end)).toBe(e.trigger.text);
    }
    expect((await get('/api/stories/nope')).status).toBe(404);
  });

  it('finds a story whose id is a URL', async () => {
    const id = 'https://wire.example/news/1?x=1';
    const r = await get(`/api/stories/${encodeURIComponent(id)}`);
    expect(r.status).toBe(200);
    expect(r.json().id).toBe(id);
  });
});

describe('aggregates', () => {
  it('gives a monthly series for an actor, split by quad class', async () => {
    const actor = busiest();
    const { interval, points } = (await get(`/api/series?actor=${actor}*`)).json();
    expect(interval).toBe('month');
    const dated = all.filter((e) => e.date && (e.source.code.startsWith(actor) || e.target?.code.startsWith(actor)));
    expect(points.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(dated.length);
    for (const p of points) {
      expect(p.period).toMatch(/^\d{4}-\d{2}$/);
      const quads = Object.values(p.quad_class) as Array<{ count: number }>;
      expect(quads.reduce((n, q) => n + q.count, 0)).toBe(p.count);
    }
  });

  it('gives weekly and daily series for a dyad', async () => {
    const dyad = all.find((e) => e.target && e.date)!;
    const week = (await get(`/api/series?source=${dyad.source.code}&target=${dyad.target!.code}&interval=week`)).json();
    expect(week.points.length).toBeGreaterThan(0);
    expect(new Date(`${week.points[0].period}T00:00:00Z`).getUTCDay()).toBe(1);
    const day = (await get(`/api/series?source=${dyad.source.code}&target=${dyad.target!.code}&interval=day`)).json();
    expect(day.points.map((p: { period: string }) => p.period)).toContain(dyad.date);
  });

  it('gives the network of top actors with edges between them', async () => {
    const { nodes, edges } = (await get('/api/network?limit=5')).json();
    expect(nodes.length).toBeLessThanOrEqual(5);
    expect(nodes.length).toBeGreaterThan(1);
    const codes = new Set(nodes.map((n: { code: string }) => n.code));
    for (const e of edges) {
      expect(codes.has(e.source) && codes.has(e.target)).toBe(true);
      expect(e.count).toBeGreaterThan(0);
    }
    const filtered = (await get('/api/network?quad_class=4&limit=50')).json();
    const dyadic4 = all.filter((e) => e.target && e.cameo.quad_class === 4).length;
    expect(filtered.edges.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(dyadic4);
  });

  it('lists actors with event counts, searchable', async () => {
    const { actors } = (await get('/api/actors?limit=5')).json();
    expect(actors).toHaveLength(5);
    expect(actors[0].events).toBeGreaterThanOrEqual(actors[4].events);
    const code = busiest();
    const found = (await get(`/api/actors?q=${code.toLowerCase()}`)).json().actors;
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((a: { code: string; name: string | null }) => a.code.startsWith(code) || a.name?.toLowerCase().includes(code.toLowerCase()))).toBe(true);
  });
});

describe('GET /api/export', () => {
  it('streams JSONL records of a filter', async () => {
    const r = await get('/api/export');
    expect(r.headers['content-type']).toMatch(/application\/x-ndjson/);
    expect(r.headers['content-disposition']).toMatch(/lucca-events\.jsonl/);
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(all);
    const some = (await get('/api/export?quad_class=4')).body.trim().split('\n');
    expect(some).toHaveLength(all.filter((e) => e.cameo.quad_class === 4).length);
  });

  it('writes TSV in the column order of `lucca code --format tsv`, and CSV with the same columns', async () => {
    const tsv = (await get('/api/export?format=tsv')).body.trimEnd().split('\n');
    expect(tsv[0]).toBe(TSV_HEADER);
    expect(tsv.slice(1)).toEqual(all.map(toTsv));
    const csv = await get('/api/export?format=csv&sort=-id');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = csv.body.trimEnd().split('\n');
    expect(rows[0]).toBe(TSV_HEADER.split('\t').join(','));
    expect(rows).toHaveLength(all.length + 1);
    expect(rows[1].split(',').at(-1)).toBe(all[all.length - 1].id);
  });
});

describe('POST /api/code', () => {
  const post = (payload: unknown) => app.inject({ method: 'POST', url: '/api/code', payload: payload as Record<string, unknown> });

  it('codes posted text without storing it, returning the JSONL records', async () => {
    const text = 'Russia condemned the attack on Ukraine. France urged both sides to talk. It also criticised Iran.';
    const before = store.stats();
    const r = await post({ text, date: '2022-03-01', id: 'posted' });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.story_id).toBe('posted');
    expect(body.sentences).toBe(3);
    expect(body.events).toEqual(coder.codeText(text, { id: 'posted', date: '2022-03-01' }).events);
    // Anaphora provenance survives the response schema.
    expect(body.events.some((e: EventRecord) => e.source.resolved_from?.how === 'pronoun')).toBe(true);
    expect(body.events.length).toBeGreaterThan(0);
    expect(store.stats()).toEqual(before);
  });

  it('refuses a missing, empty or oversized text and bad fields', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: '   \n ' }, 'text'],
      [{ text: 'Russia condemned Ukraine.', date: '2022-02-30' }, 'date'],
      [{ text: 'Russia condemned Ukraine.', date: 'March' }, 'date'],
      [{ text: 'Russia condemned Ukraine.', when: 'today' }, 'when'],
      [{ text: 42 }, 'text'],
    ];
    for (const [payload, parameter] of cases) {
      const r = await post(payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().parameter, JSON.stringify(payload)).toBe(parameter);
    }
    const big = await post({ text: 'Russia condemned Ukraine. '.repeat(50_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().parameter).toBe('body');
    const broken = await app.inject({ method: 'POST', url: '/api/code', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().message).toMatch(/^body: /);
  });
});
