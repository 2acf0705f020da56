/**
 * The dashboard end to end in Debian's headless chromium, driven by playwright-core: a database
 * ingested from the demo corpus by the built CLI, the server in-process on a free port, then load the
 * page, filter by an actor (table and timeline follow), click an actor in the network, open a story
 * (highlighted spans), code a sentence, and save a screenshot to docs/dashboard.png for the README.
 * Skipped where /usr/bin/chromium (or the browser named by LUCCA_TEST_CHROMIUM) is absent; `.ci/run`
 * installs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/index.js';
import type { EventRecord } from '../../src/model/record.js';
import { createCoder } from '../../src/pipeline/coder.js';
import { createServer, type App } from '../../src/server/index.js';
import { openSqliteStore, type SqliteEventStore } from '../../src/store/index.js';
import { ROOT } from '../helpers.js';

const CHROMIUM = process.env.LUCCA_TEST_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = join(ROOT, 'docs', 'dashboard.png');

/** What the page exposes for this test (web/src/components/network.tsx). */
type NetworkHook = { luccaNetworkNode?: (code: string) => { x: number; y: number } | null };

describe.skipIf(!existsSync(CHROMIUM))('the dashboard in headless chromium', () => {
  let dir: string;
  let store: SqliteEventStore;
  let app: App;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  /** GET an API URL from the test's side, to compare with what the page shows. */
  const api = async <T>(path: string): Promise<T> => (await fetch(base + path)).json() as Promise<T>;
  /** Codes on each side of the table rows. */
  const rowActors = () => page.$$eval('section.events tr.event-row', (rows) => rows.map((r) => [r.getAttribute('data-source'), r.getAttribute('data-target')]));
  /** The timeline's total once it has settled. */
  const timelineTotal = async () => Number(await page.locator('section.timeline[aria-busy=false]').getAttribute('data-total'));

  beforeAll(async () => {
    const cli = join(ROOT, 'dist/cli/main.js');
    if (!existsSync(cli) || !existsSync(join(ROOT, 'dist/web/index.html'))) throw new Error('build first: `npm run build` makes dist/cli and dist/web');
    dir = mkdtempSync(join(tmpdir(), 'lucca-web-'));
    const db = join(dir, 'demo.db');
    execFileSync(process.execPath, [cli, 'ingest', join(ROOT, 'demo'), '--db', db], { stdio: 'pipe' });
    store = openSqliteStore(db, { mustExist: true });
    app = createServer({ store, coder: createCoder(loadKnowledge()) });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // A fresh profile every run.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 },
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads: the timeline, the network and the table render from the API', async () => {
    await page.goto(base + '/');
    await page.locator('section.events tr.event-row').first().waitFor();
    await page.locator('section.timeline .chart canvas').waitFor();
    const all = await api<{ points: Array<{ count: number }> }>('/api/series?interval=month');
    expect(await timelineTotal()).toBe(all.points.reduce((n, p) => n + p.count, 0));
    expect(await page.locator('section.events tr.event-row').count()).toBe(25);
    await page.locator('section.network[data-ready=yes]').waitFor();
    expect(Number(await page.locator('section.network').getAttribute('data-nodes'))).toBeGreaterThan(10);
    // Evidence is highlighted with the record offsets.
    const first = (await api<{ events: EventRecord[] }>('/api/events?limit=1')).events[0];
    const row = page.locator(`tr[data-event-id="${first.id}"]`);
    expect(await row.locator('mark.hl-source').first().textContent()).toBe(first.sentence.slice(first.source.start, first.source.end));
    expect(await row.locator('mark.hl-trigger').first().textContent()).toBe(first.sentence.slice(first.trigger.start, first.trigger.end));
    expect(pageErrors).toEqual([]);
  });

  it('filters by an actor typed in the filter bar: the URL, table and timeline follow', async () => {
    const before = await timelineTotal();
    await page.getByLabel('Actor (either side)').fill('IRN');
    await page.getByLabel('Actor (either side)').press('Enter');
    await page.waitForURL(/[?&]actor=IRN(&|$)/);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('section.events tr.event-row')];
      return rows.length > 0 && rows.every((r) => r.getAttribute('data-source') === 'IRN' || r.getAttribute('data-target') === 'IRN');
    });
    const expected = await api<{ events: EventRecord[] }>('/api/events?actor=IRN&limit=25');
    expect(await rowActors()).toEqual(expected.events.map((e) => [e.source.code, e.target?.code ?? '']));
    const series = await api<{ points: Array<{ count: number }> }>('/api/series?actor=IRN&interval=month');
    await page.waitForFunction((n) => document.querySelector('section.timeline[aria-busy=false]')?.getAttribute('data-total') === String(n), series.points.reduce((n, p) => n + p.count, 0));
    expect(await timelineTotal()).toBeLessThan(before);
  });

  it('filters by an actor clicked in the network', async () => {
    await page.locator('section.network[data-ready=yes]').waitFor();
    const network = await api<{ nodes: Array<{ code: string }> }>('/api/network?actor=IRN&limit=50');
    const other = network.nodes.find((n) => n.code !== 'IRN')!.code;
    // Click where sigma drew the node (the page reports it), as a person would.
    const at = await page.waitForFunction((code) => (window as NetworkHook).luccaNetworkNode?.(code) ?? false, other);
    const { x, y } = (await at.jsonValue()) as { x: number; y: number };
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.waitForURL(new RegExp(`[?&]actor=${other}(&|$)`));
    await expect.poll(async () => (await rowActors()).length > 0 && (await rowActors()).every(([s, t]) => s === other || t === other)).toBe(true);
  });

  it('opens a story from a table row, with its events highlighted', async () => {
    const row = page.locator('section.events tr.event-row').first();
    const eventId = await row.getAttribute('data-event-id');
    const event = await api<EventRecord>(`/api/events/${encodeURIComponent(eventId!)}`);
    await row.locator('td.evidence').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForURL(/[?&]story=/);
    const text = dialog.locator('.story-text');
    await text.waitFor();
    expect(await text.textContent()).toContain(event.sentence);
    const selected = await text.locator('mark.hl-selected').allTextContents();
    expect(selected.join('|')).toContain(event.sentence.slice(event.trigger.start, event.trigger.end));
    expect(await text.locator('mark.hl-source').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).not.toMatch(/story=/);
  });

  it('codes a sentence typed into "code this text"', async () => {
    const box = page.locator('section.code-box');
    await box.getByLabel('Text').fill('Russia condemned the attack on Ukraine.');
    await box.getByLabel('Story date (optional)').fill('2022-03-01');
    await box.getByRole('button', { name: 'Code this text' }).click();
    const result = box.locator('.code-result');
    await result.waitFor();
    expect(Number(await result.getAttribute('data-events'))).toBeGreaterThan(0);
    const first = result.locator('tr.event-row').first();
    expect(await first.getAttribute('data-source')).toBe('RUS');
    expect(await first.getAttribute('data-target')).toMatch(/^UKR/);
    expect(await first.locator('mark.hl-trigger').textContent()).toBe('condemned');
  });

  it('saves a screenshot of the first view for the README', async () => {
    await page.goto(base + '/');
    await page.locator('section.events tr.event-row').first().waitFor();
    await page.locator('section.timeline .chart canvas').waitFor();
    await page.locator('section.network[data-ready=yes]').waitFor();
    await page.waitForTimeout(300);
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
