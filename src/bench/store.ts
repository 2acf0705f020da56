/**
 * @module bench/store
 * `npm run bench:store`: the storage and API figures. Builds a 200,000-event SQLite database from
 * synthetic records (inserted through the store, not coded), measures ingest throughput (coding and
 * storing the generated wire corpus), and API latency (p50/p95 through fastify's inject) for filtered
 * `/api/events` and `/api/series`. A benchmark, not a test: it asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../index.js';
import type { ActorRecord, EventRecord, PloverType } from '../model/record.js';
import { createCoder, type StoryResult } from '../pipeline/coder.js';
import { createServer } from '../server/index.js';
import { openSqliteStore, type CodedStory } from '../store/index.js';
import { generateCorpus } from './corpus.js';

const EVENTS = Number(process.env.LUCCA_BENCH_EVENTS ?? 200_000);
const EVENTS_PER_STORY = 10;
const INGEST_STORIES = Number(process.env.LUCCA_BENCH_INGEST_STORIES ?? 2_000);
const REQUESTS = Number(process.env.LUCCA_BENCH_REQUESTS ?? 300);

const COUNTRIES = ['RUS', 'UKR', 'USA', 'CHN', 'FRA', 'DEU', 'GBR', 'IRN', 'ISR', 'SYR', 'TUR', 'EGY', 'IND', 'PAK', 'JPN', 'BRA', 'NGA', 'SAU', 'ITA', 'CAN'];
const AGENTS = ['', 'GOV', 'MIL', 'OPP', 'COP'];
const IGOS = ['IGOEU', 'IGOUNO', 'IGONAT', 'IGOAU'];
const CODES: Array<[string, string, number, 1 | 2 | 3 | 4, PloverType]> = [
  ['010', 'Make statement', 0, 1, 'CONSULT'], ['013', 'Make optimistic comment', 0.4, 1, 'CONSULT'],
  ['027', 'Appeal to settle dispute', 3, 1, 'REQUEST'], ['036', 'Express intent to meet', 4, 1, 'CONSULT'],
  ['040', 'Consult', 1, 1, 'CONSULT'], ['043', 'Host a visit', 2.8, 1, 'CONSULT'], ['051', 'Praise', 3.4, 1, 'SUPPORT'],
  ['057', 'Sign formal agreement', 8, 1, 'AGREE'], ['061', 'Cooperate economically', 6.4, 2, 'COOPERATE'],
  ['071', 'Provide economic aid', 7.4, 2, 'AID'], ['081', 'Ease sanctions', 3, 2, 'CONCEDE'],
  ['111', 'Criticize or denounce', -2, 3, 'ACCUSE'], ['112', 'Accuse', -2, 3, 'ACCUSE'], ['125', 'Reject proposal', -4, 3, 'REJECT'],
  ['130', 'Threaten', -4.4, 3, 'THREATEN'], ['141', 'Demonstrate or rally', -6.5, 3, 'PROTEST'],
  ['163', 'Impose embargo', -8, 4, 'SANCTION'], ['173', 'Arrest, detain', -5, 4, 'COERCE'],
  ['190', 'Use conventional military force', -10, 4, 'ASSAULT'], ['195', 'Employ aerial weapons', -10, 4, 'ASSAULT'],
];

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const random = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const DAY0 = Date.UTC(2020, 0, 1);
const dateOf = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

function actorCode(): string {
  return random() < 0.1 ? pick(IGOS) : pick(COUNTRIES) + pick(AGENTS);
}

function actor(code: string, start: number): ActorRecord {
  const igo = code.startsWith('IGO');
  return {
    text: code, code, country: igo ? null : code.slice(0, 3), agents: igo || code.length === 3 ? [] : [code.slice(3)],
    org: igo ? code.slice(3) : null, name: code, kind: igo ? 'igo' : 'state', start, end: start + code.length,
  };
}

/** A synthetic story of `EVENTS_PER_STORY` sentences with one event each. */
function syntheticStory(n: number): CodedStory {
  const date = dateOf(Math.floor(random() * 5 * 365));
  const sentences: string[] = [];
  const events: EventRecord[] = [];
  for (let i = 0; i < EVENTS_PER_STORY; i++) {
    const s = actorCode();
    let t: string | null = random() < 0.85 ? actorCode() : null;
    if (t === s) t = null;
    const [code, label, goldstein, quad, plover] = pick(CODES);
    const sentence = `${s} ${label.toLowerCase()} ${t ?? 'the situation'} in report ${n} item ${i}.`;
    sentences.push(sentence);
    events.push({
      id: `syn-${n}-${i}-0`, story_id: `syn-${n}`, sentence_index: i, sentence, date,
      source: actor(s, 0), target: t ? actor(t, sentence.indexOf(t, s.length)) : null,
      cameo: { code, root: code.slice(0, 2), label, goldstein, quad_class: quad }, plover: { type: plover, mode: null },
      trigger: { text: label.split(' ')[0].toLowerCase(), start: s.length + 1, end: s.length + 1 + label.split(' ')[0].length },
      negated: false, modality: 'asserted', confidence: 0.8,
    });
  }
  const story = { id: `syn-${n}`, text: sentences.join(' '), date };
  const result = { story, events, sentences: sentences.length, warnings: [] } as StoryResult;
  return { story, result };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const dir = process.env.LUCCA_BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'lucca-bench-store-'));
const say = (line: string) => process.stdout.write(line + '\n');

try {
  // 1. A 200,000-event database, inserted through the store.
  const dbFile = join(dir, 'bench.db');
  let store = openSqliteStore(dbFile);
  const stories = Math.ceil(EVENTS / EVENTS_PER_STORY);
  let t0 = performance.now();
  for (let n = 0; n < stories; n += 500) {
    const batch: CodedStory[] = [];
    for (let i = n; i < Math.min(stories, n + 500); i++) batch.push(syntheticStory(i));
    store.addStories(batch);
  }
  let seconds = (performance.now() - t0) / 1000;
  const stats = store.stats();
  store.close();
  say(`store insert: ${stats.events} events in ${stories} stories, ${seconds.toFixed(1)} s → ${(stats.events / seconds).toFixed(0)} events/s (batches of 500 stories)`);

  // 2. Ingest throughput: the generated wire corpus through the coder into a fresh database.
  const coder = createCoder(loadKnowledge());
  const corpus = generateCorpus(INGEST_STORIES * 6, 6, 3);
  const ingest = openSqliteStore(join(dir, 'ingest.db'));
  for (const story of corpus.slice(0, 20)) coder.codeStory({ ...story, id: `warm-${story.id}` });
  t0 = performance.now();
  let codeMs = 0;
  let sentences = 0;
  let events = 0;
  for (let n = 0; n < corpus.length; n += 200) {
    const c0 = performance.now();
    const batch = corpus.slice(n, n + 200).map((story) => ({ story, result: coder.codeStory(story, { trace: true }) }));
    codeMs += performance.now() - c0;
    for (const b of batch) {
      sentences += b.result.sentences;
      events += b.result.events.length;
    }
    ingest.addStories(batch);
  }
  seconds = (performance.now() - t0) / 1000;
  ingest.close();
  say(`ingest: ${corpus.length} stories, ${sentences} sentences, ${events} events in ${seconds.toFixed(1)} s → ${(corpus.length / seconds).toFixed(0)} stories/s, ${(sentences / seconds).toFixed(0)} sentences/s (coding ${((100 * codeMs) / 1000 / seconds).toFixed(0)} % of the time)`);

  // 3. API latency on the 200,000-event database (reopened, as `lucca serve` would).
  store = openSqliteStore(dbFile, { mustExist: true });
  const app = createServer({ store, coder });
  await app.ready();
  const eventQueries = (): string => {
    const a = pick(COUNTRIES);
    const from = dateOf(Math.floor(random() * 4 * 365));
    const to = dateOf(Math.floor(random() * 365) + 4 * 365);
    switch (Math.floor(random() * 6)) {
      case 0: return `/api/events?actor=${a}*&limit=100`;
      case 1: return `/api/events?source=${a}*&target=${pick(COUNTRIES)}*&limit=100`;
      case 2: return `/api/events?actor=${a}*&from=${from}&to=${to}&limit=100`;
      case 3: return `/api/events?cameo=${pick(CODES)[0].slice(0, 2)}&from=${from}&limit=100&sort=date`;
      case 4: return `/api/events?country=${a}&quad_class=4&limit=100`;
      default: return `/api/events?source=${a}${pick(AGENTS)}&plover=${pick(CODES)[4]}&limit=100`;
    }
  };
  const seriesQueries = (): string => {
    const a = pick(COUNTRIES);
    switch (Math.floor(random() * 3)) {
      case 0: return `/api/series?actor=${a}*&interval=month`;
      case 1: return `/api/series?source=${a}*&target=${pick(COUNTRIES)}*&interval=week`;
      default: return `/api/series?actor=${a}*&from=${dateOf(Math.floor(random() * 3 * 365))}&interval=day`;
    }
  };
  for (const [name, next] of [['GET /api/events (filtered)', eventQueries], ['GET /api/series', seriesQueries]] as const) {
    for (let i = 0; i < 20; i++) await app.inject({ url: next() });
    const times: number[] = [];
    let failures = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const url = next();
      const s0 = performance.now();
      const res = await app.inject({ url });
      times.push(performance.now() - s0);
      if (res.statusCode !== 200) failures++;
    }
    times.sort((a, b) => a - b);
    say(`${name}: ${REQUESTS} requests, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms${failures ? `, ${failures} failed` : ''}`);
  }
  await app.close();
  store.close();
} finally {
  if (!process.env.LUCCA_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
