/**
 * The dashboard routes: the built page at `/` and at any other page path, hashed assets under
 * `/assets/` with long caching, and API paths that never fall back to the page. Uses a small stand-in
 * build (a temp directory), so it does not depend on `npm run build`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { createServer, type App } from '../../src/server/index.js';
import { openSqliteStore, type SqliteEventStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'lucca-home-'));
const web = join(dir, 'web');
const PAGE = '<!DOCTYPE html><html><head><title>Lucca test build</title><script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div></body></html>';
let store: SqliteEventStore;
let app: App;

beforeAll(async () => {
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), PAGE);
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("lucca");\n');
  store = openSqliteStore(join(dir, 'home.db'));
  app = createServer({ store, coder: fixture(), webRoot: web });
  await app.ready();
});

afterAll(async () => {
  await app.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the dashboard routes', () => {
  it('serves the built page at / and for page paths, never cached stale', async () => {
    for (const url of ['/', '/?actor=IRN&story=x', '/some/view']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toMatch(/^text\/html/);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body).toBe(PAGE);
    }
  });

  it('serves hashed assets with long caching, and 404s a missing one', async () => {
    const r = await get('/assets/app-1234.js');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.body).toContain('lucca');
    expect((await get('/assets/nope.js')).statusCode).toBe(404);
  });

  it('keeps unknown API paths and file names as JSON 404s', async () => {
    for (const url of ['/api/nothing', '/api', '/favicon.ico']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
    }
    expect((await get('/api/events?limit=1')).statusCode).toBe(200);
    expect((await get('/openapi.json')).statusCode).toBe(200);
  });

  it('falls back to a plain page when there is no build', async () => {
    const plain = createServer({ store, coder: fixture(), webRoot: join(dir, 'missing') });
    const r = await plain.inject({ method: 'GET', url: '/' });
    await plain.close();
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatch(/dashboard is not built yet/);
  });
});
