/**
 * @module store/sqlite-store
 * The {@link EventStore} on SQLite (better-sqlite3): one file, WAL journal (readers never wait for the
 * writer; a killed writer loses only its open transaction), migrations on open, parameterised SQL only.
 */
import Database from 'better-sqlite3';
import { LuccaError } from '../model/errors.js';
import type { Coder } from '../pipeline/coder.js';
import type { Story } from '../model/story.js';
import { createAggregates } from './aggregates.js';
import type { AddOutcome, CodedStory, EventStore, RecodeOptions, RecodeSummary, StoreStats, StoredStory } from './event-store.js';
import { contentHash } from './hash.js';
import { MIGRATIONS, migrate, type Migration } from './migrations.js';
import { createQueries } from './queries.js';
import { statementCache } from './statements.js';
import { createWriter, sentencesOf } from './write.js';

/** Options of {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Open without writing (no migrations; fails on a database that is not current). */
  readonly?: boolean;
  /** Open only an existing file (default false: create it). */
  mustExist?: boolean;
  /** The migrations to apply (tests inject extra ones). */
  migrations?: readonly Migration[];
}

/** The SQLite store also exposes its connection, for tools and tests that need raw SQL. */
export interface SqliteEventStore extends EventStore {
  readonly db: Database.Database;
  readonly file: string;
}

/** A `stories` row: the stored story's own fields and its row key. */
interface StoryRow extends Pick<StoredStory, 'id' | 'text' | 'date' | 'title' | 'url' | 'outlet' | 'origin'> {
  pk: number;
}

/**
 * Open (and create or migrate) the SQLite event store in `file`; `':memory:'` for a throwaway store.
 * Throws `INPUT_UNREADABLE` naming the file when it cannot be opened or is not a Lucca database.
 *
 * @example
 * const store = openSqliteStore('lucca.db');
 * try { store.addStories(batch); } finally { store.close(); }
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteEventStore {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.mustExist ?? options.readonly ?? false });
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MB of page cache: inserts touch a dozen indexes, queries scan index ranges.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) migrate(db, options.migrations ?? MIGRATIONS, file);
  } catch (error) {
    if (error instanceof LuccaError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new LuccaError('INPUT_UNREADABLE', `cannot open the database (${reason})`, { file });
  }
  const prepare = statementCache(db);
  const writer = createWriter(db);
  const queries = createQueries(prepare);
  const aggregates = createAggregates(prepare);

  const addOne = db.transaction((item: CodedStory): AddOutcome => {
    const { story, result } = item;
    const hash = contentHash(story.text);
    if (writer.findStory(story.id, hash) !== undefined) return 'duplicate';
    const sentences = sentencesOf(story, result);
    const pk = writer.insertStory(story, hash, result, sentences.length);
    writer.insertCoding(pk, sentences, result.events);
    return 'added';
  });

  // Nested better-sqlite3 transactions are savepoints: a failing story rolls back alone.
  const addMany = db.transaction((items: CodedStory[]): Array<AddOutcome | Error> => items.map((item) => {
    try {
      return addOne(item);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }));

  const recodeBatch = db.transaction((rows: StoryRow[], coder: Coder, totals: RecodeSummary) => {
    for (const row of rows) {
      const story = storyOf(row);
      const result = coder.codeStory(story, { trace: true });
      const sentences = sentencesOf(story, result);
      writer.removeCoding(row.pk);
      writer.insertCoding(row.pk, sentences, result.events);
      writer.updateStory(row.pk, result, sentences.length);
      totals.stories++;
      totals.sentences += sentences.length;
      totals.events += result.events.length;
    }
  });

  function recodeAll(coder: Coder, o: RecodeOptions = {}): RecodeSummary {
    const batchSize = o.batchSize ?? 200;
    const total = db.prepare('SELECT COUNT(*) FROM stories').pluck().get() as number;
    const next = db.prepare('SELECT pk, id, text, date, title, url, outlet, origin FROM stories WHERE pk > ? ORDER BY pk LIMIT ?');
    const totals: RecodeSummary = { stories: 0, sentences: 0, events: 0 };
    let last = 0;
    for (;;) {
      const rows = next.all(last, batchSize) as StoryRow[];
      if (!rows.length) break;
      recodeBatch(rows, coder, totals);
      last = rows[rows.length - 1].pk;
      o.onProgress?.(totals.stories, total);
    }
    return totals;
  }

  const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck();
  const counts = { stories: count('stories'), sentences: count('sentences'), events: count('events'), actors: count('actors') };
  const hasId = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
  const hasHash = db.prepare('SELECT 1 FROM stories WHERE hash = ?').pluck();

  return {
    db,
    file,
    addStory: (story, result) => addOne({ story, result }),
    addStories: (items) => addMany(items),
    hasStory(ref) {
      return (ref.id !== undefined && hasId.get(ref.id) !== undefined) || (ref.hash !== undefined && hasHash.get(ref.hash) !== undefined);
    },
    queryEvents: queries.queryEvents,
    getEvent: queries.getEvent,
    getStory: queries.getStory,
    exportEvents: queries.exportEvents,
    series: aggregates.series,
    network: aggregates.network,
    actors: aggregates.actors,
    recodeAll,
    stats(): StoreStats {
      return {
        stories: counts.stories.get() as number,
        sentences: counts.sentences.get() as number,
        events: counts.events.get() as number,
        actors: counts.actors.get() as number,
      };
    },
    close() {
      if (!db.open) return;
      if (!options.readonly) db.pragma('optimize');
      db.close();
    },
  };
}

function storyOf(row: StoryRow): Story {
  const story: Story = { id: row.id, text: row.text, date: row.date };
  if (row.title !== null) story.title = row.title;
  if (row.url !== null) story.url = row.url;
  if (row.outlet !== null) story.outlet = row.outlet;
  if (row.origin !== null) story.origin = row.origin;
  return story;
}
