/**
 * Crash safety of `lucca ingest`: a run killed with SIGKILL after its first committed batch loses
 * nothing it committed, and a rerun stores the rest without duplicating anything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'lucca-resume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORIES = 2000;
const BATCH = 50;

/** Stories stored in `db` so far (0 while the file or its schema does not exist yet). */
function storedStories(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

function totals(db: string) {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const one = (sql: string) => conn.prepare(sql).pluck().get() as number;
    return {
      stories: one('SELECT COUNT(*) FROM stories'),
      distinctStories: one('SELECT COUNT(DISTINCT hash) FROM stories'),
      sentences: one('SELECT COUNT(*) FROM sentences'),
      events: one('SELECT COUNT(*) FROM events'),
      distinctEvents: one('SELECT COUNT(DISTINCT id) FROM events'),
      actorEvents: one('SELECT SUM(as_source) FROM actors'),
    };
  } finally {
    conn.close();
  }
}

describe('lucca ingest killed mid-run', () => {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const texts = new Set<string>();
  generateCorpus(STORIES * 3, 3, 11).forEach((story, i) => {
    const text = `15 March 2024\n\n${story.text}\n`;
    texts.add(text.trim());
    writeFileSync(join(corpus, `story-${String(i).padStart(4, '0')}.txt`), text);
  });

  it('keeps every committed batch, and a rerun adds the rest without duplicates', async () => {
    const db = join(dir, 'killed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--batch-size', String(BATCH)], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    // Poll the database until the first batch is committed, then kill the process outright.
    let atKill = 0;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && child.exitCode === null) {
      atKill = storedStories(db);
      if (atKill >= BATCH) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const afterKill = totals(db);
    expect(afterKill.stories).toBeGreaterThanOrEqual(atKill);
    expect(afterKill.stories).toBeLessThan(texts.size);
    expect(afterKill.stories % BATCH).toBe(0);

    const rerun = spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--batch-size', String(BATCH)], { cwd: ROOT, encoding: 'utf8' });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`^stories added: ${texts.size - afterKill.stories}$`, 'm'));
    expect(rerun.stdout).toMatch(new RegExp(`^duplicates skipped: ${STORIES - texts.size + afterKill.stories}$`, 'm'));

    // The same as one uninterrupted run: nothing lost, nothing twice.
    const clean = join(dir, 'clean.db');
    expect(spawnSync(process.execPath, [BIN, 'ingest', corpus, '--db', clean], { cwd: ROOT }).status).toBe(0);
    const resumed = totals(db);
    expect(resumed).toEqual(totals(clean));
    expect(resumed.stories).toBe(texts.size);
    expect(resumed.distinctStories).toBe(resumed.stories);
    expect(resumed.distinctEvents).toBe(resumed.events);
    expect(resumed.actorEvents).toBe(resumed.events);
  });
});
