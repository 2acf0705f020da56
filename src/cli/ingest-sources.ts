/**
 * @module cli/ingest-sources
 * What `lucca ingest` reads: everything `lucca code` reads (text, HTML, JSONL, stdin; see `readInputs`)
 * plus feed files (RSS, Atom, RDF, JSON Feed) and PETRARCH XML (`<Sentences>` records). Paths are
 * planned first (directories walked, sizes taken) so that progress can be shown against a total.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { goldStories, readPetrarchXml } from '../eval/index.js';
import { decodeText, INPUT_EXTENSIONS, readInputs, STDIN_PATH, type InputItem } from '../ingest/index.js';
import { pathKind, unreadable } from '../ingest/walk.js';
import { LuccaError } from '../model/errors.js';
import { looksLikeFeed, readFeedStories } from '../ingest/feeds.js';

/** Extensions of feed and XML files, read here rather than by `readInputs`. */
export const FEED_EXTENSIONS: ReadonlySet<string> = new Set(['.xml', '.rss', '.atom', '.rdf', '.json']);

/** A file to read (with its size in bytes; 0 for stdin), or a path that cannot be read. */
export type PlannedInput = { path: string; size: number; error?: undefined } | { path?: undefined; error: LuccaError };

/**
 * The files behind `paths`, in order: a file as given, a directory walked recursively in sorted order
 * (names starting with `.` skipped; only text, HTML, JSONL, feed and XML files), `-` for stdin.
 */
export async function planInputs(paths: string[]): Promise<PlannedInput[]> {
  const out: PlannedInput[] = [];
  const visited = new Set<string>();
  async function walk(dir: string): Promise<void> {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (error) {
      out.push({ error: unreadable(dir, error) });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const kind = await pathKind(path);
      if (kind instanceof LuccaError) out.push({ error: kind });
      else if (kind === 'directory') await walk(path);
      else if (INPUT_EXTENSIONS.has(extname(name).toLowerCase()) || FEED_EXTENSIONS.has(extname(name).toLowerCase())) await file(path);
    }
  }
  async function file(path: string): Promise<void> {
    try {
      out.push({ path, size: (await stat(path)).size });
    } catch (error) {
      out.push({ error: unreadable(path, error) });
    }
  }
  for (const path of paths) {
    if (path === STDIN_PATH) {
      out.push({ path, size: 0 });
      continue;
    }
    const kind = await pathKind(path);
    if (kind instanceof LuccaError) out.push({ error: kind });
    else if (kind === 'directory') await walk(path);
    else await file(path);
  }
  return out;
}

/**
 * The stories of one planned file (or stdin). Feed and XML files: a `<Sentences>` document is read as
 * PETRARCH records (one story per `<Sentence>`), a feed as its items; anything else is an error. Every
 * other file goes through `readInputs`. Problems are yielded as errors, never thrown.
 */
export async function* readSource(path: string, date: string | null): AsyncGenerator<InputItem> {
  const extension = extname(path).toLowerCase();
  if (path === STDIN_PATH || !FEED_EXTENSIONS.has(extension)) {
    yield* readInputs([path], { date });
    return;
  }
  let text: string;
  try {
    text = decodeText(await readFile(path), path);
  } catch (error) {
    yield { error: error instanceof LuccaError ? error : unreadable(path, error) };
    return;
  }
  if (looksLikeFeed(text)) {
    yield* readFeedStories(text, path, basename(path, extname(path)), date);
  } else if (/<Sentences[\s>]/.test(text.slice(0, 100_000))) {
    try {
      for (const story of goldStories(readPetrarchXml(text, path))) yield { story: story.date === null ? { ...story, date } : story };
    } catch (error) {
      if (!(error instanceof LuccaError)) throw error;
      yield { error };
    }
  } else {
    yield { error: new LuccaError('INPUT_XML', 'neither a feed (RSS, Atom, RDF, JSON Feed) nor PETRARCH XML (<Sentences>)', { file: path }) };
  }
}
