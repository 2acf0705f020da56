/**
 * @module bench/web
 * `npm run bench:web`: how long the dashboard's first view takes in Debian's headless chromium against a
 * database of 100,000 events. A benchmark, not a test: it asserts nothing.
 *
 * The database is `LUCCA_BENCH_DB` when given; otherwise `npm run bench:store`'s generator makes one
 * (`LUCCA_BENCH_WEB_EVENTS`, default 100,000 synthetic events) in a temp directory. The server runs
 * in-process on a free loopback port. Each run opens the page in a fresh browser context and times,
 * from the start of navigation: the first table rows, the timeline drawn with its data, and the network
 * drawn. Needs playwright-core (a dev dependency) and /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadKnowledge } from '../index.js';
import { createCoder } from '../pipeline/coder.js';
import { createServer } from '../server/index.js';
import { openSqliteStore } from '../store/index.js';

const CHROMIUM = process.env.LUCCA_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LUCCA_BENCH_RUNS ?? 7);
const EVENTS = Number(process.env.LUCCA_BENCH_WEB_EVENTS ?? 100_000);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const say = (line: string) => process.stdout.write(line + '\n');

/** Milestones of one page load, in ms from the start of navigation. */
interface Marks {
  dcl: number;
  rows: number;
  timeline: number;
  network: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

if (!existsSync(CHROMIUM)) {
  say(`bench:web: no browser at ${CHROMIUM} (apt-get install chromium); nothing measured`);
  process.exit(0);
}

const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lucca-bench-web-'));
try {
  let dbFile = process.env.LUCCA_BENCH_DB;
  if (!dbFile) {
    say(`generating a ${EVENTS.toLocaleString('en')}-event database with bench/store…`);
    execFileSync(process.execPath, [resolve(here, 'store.js')], {
      stdio: 'ignore',
      env: { ...process.env, LUCCA_BENCH_DIR: tmp, LUCCA_BENCH_EVENTS: String(EVENTS), LUCCA_BENCH_INGEST_STORIES: '10', LUCCA_BENCH_REQUESTS: '10' },
    });
    dbFile = join(tmp, 'bench.db');
  }
  const store = openSqliteStore(dbFile, { mustExist: true });
  const app = createServer({ store, coder: createCoder(loadKnowledge()) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const stats = store.stats();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const marks: Marks[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const m: Record<string, number> = {};
        (window as unknown as { __marks: Record<string, number> }).__marks = m;
        new MutationObserver(() => {
          const now = performance.now();
          if (!m.rows && document.querySelector('section.events tr.event-row')) m.rows = now;
          if (!m.timeline && document.querySelector('section.timeline .chart canvas') && document.querySelector('section.timeline[aria-busy=false]')?.getAttribute('data-total')) m.timeline = now;
          if (!m.network && document.querySelector('section.network[data-ready=yes]')) m.network = now;
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(base + '/');
      await page.waitForFunction(() => {
        const m = (window as unknown as { __marks: Record<string, number> }).__marks;
        return m.rows && m.timeline && m.network;
      }, null, { timeout: 30_000 });
      const m: Record<string, number> = await page.evaluate(() => ({
        ...(window as unknown as { __marks: Record<string, number> }).__marks,
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      marks.push({ dcl: m.dcl, rows: m.rows, timeline: m.timeline, network: m.network });
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    store.close();
  }
  const line = (name: keyof Marks, label: string) => {
    const xs = marks.map((m) => m[name]);
    say(`  ${label.padEnd(34)} median ${median(xs).toFixed(0).padStart(5)} ms   min ${Math.min(...xs).toFixed(0).padStart(5)}   max ${Math.max(...xs).toFixed(0).padStart(5)}`);
  };
  say(`dashboard first view: ${stats.events.toLocaleString('en')} events, ${RUNS} loads in fresh contexts of headless chromium (1280×800), load average ${loadavg()[0].toFixed(2)}`);
  line('dcl', 'DOMContentLoaded');
  line('rows', 'event table rows shown');
  line('timeline', 'timeline drawn with its data');
  line('network', 'actor network drawn (WebGL)');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
