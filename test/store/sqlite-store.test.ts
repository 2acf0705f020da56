/**
 * The SQLite event store: the shared EventStore suite on real files in the temp directory, plus what is
 * SQLite's own (migrations, WAL, persistence, refusing files it cannot read).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { LuccaError } from '../../src/model/errors.js';
import { MIGRATIONS, migrate, openSqliteStore, schemaVersion, type Migration } from '../../src/store/index.js';
import { corpus, eventStoreSuite } from './event-store.suite.js';

const dir = mkdtempSync(join(tmpdir(), 'lucca-store-'));
let n = 0;
const freshFile = () => join(dir, `store-${++n}.db`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

eventStoreSuite('SQLite', () => openSqliteStore(freshFile()));

describe('SQLite store', () => {
  it('creates the schema in an empty file, in WAL mode, at the newest version', () => {
    const file = freshFile();
    writeFileSync(file, '');
    const store = openSqliteStore(file);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['actors', 'events', 'schema_version', 'sentences', 'sentences_fts', 'stories']));
    const indexes = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['events_source', 'events_target', 'events_dyad', 'events_date', 'events_cameo']));
    store.close();
  });

  it('keeps data across close and reopen, and applies no migration twice', () => {
    const file = freshFile();
    const first = openSqliteStore(file);
    first.addStories(corpus());
    first.close();
    const db = new Database(file);
    expect(migrate(db)).toEqual([]);
    db.close();
    const again = openSqliteStore(file);
    expect(again.stats()).toMatchObject({ stories: 4, events: 8 });
    expect(again.db.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it('migrates forward: a new migration runs once on an existing database, keeping its data', () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    store.addStories(corpus());
    store.close();
    const v2: Migration = { version: MIGRATIONS.length + 1, name: 'story language', up: (db) => db.exec("ALTER TABLE stories ADD COLUMN language TEXT NOT NULL DEFAULT 'en'") };
    const upgraded = openSqliteStore(file, { migrations: [...MIGRATIONS, v2] });
    expect(schemaVersion(upgraded.db)).toBe(v2.version);
    expect(upgraded.db.prepare("SELECT COUNT(*) FROM stories WHERE language = 'en'").pluck().get()).toBe(4);
    expect(upgraded.stats().events).toBe(8);
    upgraded.close();
    expect(migrate(new Database(file), [...MIGRATIONS, v2])).toEqual([]);
  });

  it('refuses a database from a newer Lucca, and a file that is not a database', () => {
    const file = freshFile();
    const db = new Database(file);
    migrate(db);
    db.prepare("INSERT INTO schema_version VALUES (99, 'future', '2099-01-01')").run();
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/schema version 99 is newer/);
    const junk = freshFile();
    writeFileSync(junk, 'this is not a database, just text that is long enough to have a header '.repeat(20));
    let error: unknown;
    try {
      openSqliteStore(junk);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LuccaError);
    expect((error as LuccaError).code).toBe('INPUT_UNREADABLE');
    expect((error as LuccaError).file).toBe(junk);
  });

  it('treats hostile filter text as data (parameterised SQL)', () => {
    const store = openSqliteStore(freshFile());
    store.addStories(corpus());
    expect(store.queryEvents({ q: "'; DROP TABLE events; --" }).events).toEqual([]);
    expect(store.queryEvents({ story: "s1' OR '1'='1" }).events).toEqual([]);
    expect(store.actors("' OR 1=1 --", 10)).toEqual([]);
    expect(store.stats().events).toBe(8);
    store.close();
  });

  it('lets a second connection read while a writer holds an open transaction (WAL)', () => {
    const file = freshFile();
    const writer = openSqliteStore(file);
    writer.addStories(corpus().slice(0, 2));
    writer.db.exec('BEGIN IMMEDIATE');
    writer.db.prepare("DELETE FROM events WHERE story_id = 's1'").run();
    const reader = openSqliteStore(file);
    expect(reader.stats().events).toBe(5);
    writer.db.exec('ROLLBACK');
    reader.close();
    writer.close();
  });
});
