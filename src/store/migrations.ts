/**
 * @module store/migrations
 * Forward-only schema migrations. The `schema_version` table records every migration applied; opening a
 * store applies the missing ones in order, each in its own transaction. A database written by a newer
 * Lucca (a version this code does not know) is refused rather than guessed at.
 */
import type { Database } from 'better-sqlite3';
import { LuccaError } from '../model/errors.js';
import { SCHEMA_V1 } from './schema.js';

/** One step of the schema: `up` takes the database from `version - 1` to `version`. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Lucca's migrations, in order. Append new ones; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'stories, sentences, events, actors, fts', up: (db) => db.exec(SCHEMA_V1) },
];

/** The schema version of `db` (0 for an empty database). */
export function schemaVersion(db: Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Bring `db` to the newest version of `migrations`. Returns the versions applied (empty when the
 * database was current). Throws `INPUT_UNREADABLE` when the database is newer than `migrations`, or
 * when `migrations` are not numbered 1, 2, 3…
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, file = ':memory:'): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new LuccaError('INPUT_UNREADABLE', `database schema version ${current} is newer than this Lucca knows (${migrations.length}); upgrade Lucca`, { file });
  }
  // A current database is only read, so opening it never waits for another connection's writes.
  if (current === migrations.length) return [];
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
