/**
 * @module cli/ingest
 * `lucca ingest PATH… [--db FILE] [--recode]`: read stories, code them, and store stories, sentences and
 * events in the SQLite store. Batches of stories are committed in one transaction each, so a killed run
 * loses at most the batch in progress, and a rerun skips every story already stored (same id or same
 * text). One bad file, line, item or story is reported and skipped; the rest goes on.
 */
import { contentHash, openSqliteStore, sentencesOf, type CodedStory, type EventStore } from '../store/index.js';
import { normaliseDate } from '../ingest/index.js';
import { LuccaError } from '../model/errors.js';
import { createCoder, type Coder, type StoryResult } from '../pipeline/coder.js';
import type { Io } from './code.js';
import { planInputs, readSource } from './ingest-sources.js';
import { createProgress, type IngestTotals, type Progress, type ProgressSink } from './ingest-progress.js';
import { coderOptions, loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

/** The database file when `--db` is not given. */
export const DEFAULT_DB = 'lucca.db';
/** Stories per transaction when `--batch-size` is not given. */
export const DEFAULT_BATCH = 200;

/** Options of `lucca ingest`. */
export interface IngestOptions extends KnowledgeOptions {
  db?: string;
  recode?: boolean;
  date?: string;
  batchSize?: string;
}

/** Streams of the command, and where progress goes (stderr, and whether it is a terminal). */
export interface IngestIo extends Io {
  progress: ProgressSink;
}

function batchSizeOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BATCH;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new LuccaError('OPTION_INVALID', `--batch-size must be an integer from 1 to 100000, not "${value}"`);
  return n;
}

/**
 * Run `lucca ingest`. Returns the exit code: 0, or 1 when paths were given and not one story could be
 * read from them.
 */
export async function runIngest(paths: string[], o: IngestOptions, io: IngestIo): Promise<number> {
  if (!paths.length && !o.recode) throw new LuccaError('OPTION_INVALID', 'give the files or directories to ingest (or --recode to recode the stored stories)');
  const batchSize = batchSizeOf(o.batchSize);
  if (o.date !== undefined && normaliseDate(o.date) === null) throw new LuccaError('OPTION_INVALID', `--date must be a date as YYYY-MM-DD, not "${o.date}"`);
  const dbFile = o.db ?? DEFAULT_DB;
  const coder = createCoder(await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`)), coderOptions(o));
  const store = openSqliteStore(dbFile);
  const progress = createProgress(io.progress);
  const totals: IngestTotals = { read: 0, added: 0, duplicates: 0, sentences: 0, events: 0, skipped: 0 };
  let recoded: { stories: number; sentences: number; events: number } | null = null;
  try {
    if (paths.length) await ingestPaths(paths, { coder, store, progress, totals, batchSize, date: o.date ?? null });
    if (o.recode) {
      progress.start('recode', store.stats().stories);
      recoded = store.recodeAll(coder, {
        batchSize,
        onProgress: (done) => {
          const t = { ...totals, read: done };
          progress.update(done, t);
          progress.committed(t);
        },
      });
    }
  } finally {
    progress.stop();
    const stats = store.stats();
    store.close();
    if (paths.length) {
      io.out([
        `stories added: ${totals.added}`,
        `duplicates skipped: ${totals.duplicates}`,
        `sentences: ${totals.sentences}`,
        `events: ${totals.events}`,
        `inputs skipped: ${totals.skipped}`,
      ].join('\n') + '\n');
    }
    if (recoded) io.out(`recoded: ${recoded.stories} stories, ${recoded.sentences} sentences, ${recoded.events} events\n`);
    io.out(`database: ${dbFile} (${stats.stories} stories, ${stats.sentences} sentences, ${stats.events} events, ${stats.actors} actors)\n`);
  }
  return paths.length > 0 && totals.read === 0 ? 1 : 0;
}

interface IngestContext {
  coder: Coder;
  store: EventStore;
  progress: Progress;
  totals: IngestTotals;
  batchSize: number;
  date: string | null;
}

async function ingestPaths(paths: string[], c: IngestContext): Promise<void> {
  const { coder, store, progress, totals } = c;
  const plan = await planInputs(paths);
  progress.start('ingest', plan.reduce((n, p) => n + (p.error ? 0 : p.size), 0));
  const report = (message: string) => progress.log(`lucca: ${message}`);
  let pending: CodedStory[] = [];
  const pendingIds = new Set<string>();
  const pendingHashes = new Set<string>();

  const flush = () => {
    if (!pending.length) return;
    const outcomes = store.addStories(pending);
    outcomes.forEach((outcome, i) => {
      const { story, result } = pending[i];
      if (outcome === 'added') {
        totals.added++;
        totals.sentences += sentencesOf(story, result).length;
        totals.events += result.events.length;
      } else if (outcome === 'duplicate') {
        totals.duplicates++;
      } else {
        totals.skipped++;
        report(`${story.origin ?? story.id}: story not stored (${outcome.message})`);
      }
    });
    pending = [];
    pendingIds.clear();
    pendingHashes.clear();
    progress.committed(totals);
  };

  let done = 0;
  for (const entry of plan) {
    if (entry.error) {
      totals.skipped++;
      report(entry.error.describe());
      continue;
    }
    let seen = 0;
    for await (const item of readSource(entry.path, c.date)) {
      if (item.error) {
        totals.skipped++;
        report(item.error.describe());
        continue;
      }
      const story = item.story;
      totals.read++;
      seen = Math.min(entry.size, seen + story.text.length);
      progress.update(done + seen, totals);
      const hash = contentHash(story.text);
      if (pendingIds.has(story.id) || pendingHashes.has(hash) || store.hasStory({ id: story.id, hash })) {
        totals.duplicates++;
        if ((pendingIds.has(story.id) || store.hasStory({ id: story.id })) && !(pendingHashes.has(hash) || store.hasStory({ hash }))) {
          report(`${story.origin ?? story.id}: a story with id "${story.id}" but other text is already stored; skipped`);
        }
        continue;
      }
      let result: StoryResult;
      try {
        result = coder.codeStory(story, { trace: true });
      } catch (error) {
        totals.skipped++;
        report(`${story.origin ?? story.id}: could not code the story (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      for (const w of result.warnings) report(`${story.origin ?? story.id}: ${w}`);
      pending.push({ story, result });
      pendingIds.add(story.id);
      pendingHashes.add(hash);
      if (pending.length >= c.batchSize) flush();
    }
    done += entry.size;
    progress.update(done, totals);
  }
  flush();
}
