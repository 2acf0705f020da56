/**
 * @module ingest/read-input
 * From command-line paths to stories: walk directories, read files and stdin, pick the reader by
 * extension, and turn every failure into an error item so one bad file never stops a batch.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Story } from '../model/story.js';
import { LuccaError } from '../model/errors.js';
import { inferDateline, normaliseDate } from './dates.js';
import { decodeText } from './decode.js';
import { readHtmlStory } from './html.js';
import { readJsonlLines } from './jsonl.js';
import { readTextStory } from './text.js';
import { pathKind, unreadable, walkInputDirectory } from './walk.js';

/** The path that means standard input. */
export const STDIN_PATH = '-';
/** Story id and error label for text read from standard input. */
export const STDIN_ID = 'stdin';

/** Options for {@link readInputs}. */
export interface ReadInputsOptions {
  /**
   * Date for every text story (the `--date` option), as `YYYY-MM-DD` (or `YYYYMMDD`), or null to
   * infer it. For HTML pages and JSONL lines it is only the fallback when they state no date.
   */
  date: string | null;
  /** Reads all of standard input; defaults to reading `process.stdin`. Inject it in tests. */
  stdin?: () => Promise<Uint8Array>;
}

/** One result of reading inputs: a story, or the error that stopped one file or line. */
export type InputItem = { story: Story; error?: undefined } | { story?: undefined; error: LuccaError };

/**
 * Read stories from files, directories and standard input, in the order given.
 *
 * - A directory is walked recursively in sorted order; only `.txt .text .html .htm .jsonl .ndjson`
 *   files are read from it (see `walkInputDirectory`). A file named explicitly is read whatever its
 *   extension.
 * - `-` reads standard input as one plain-text story with id `stdin`.
 * - By extension: `.html`/`.htm` → {@link readHtmlStory}, `.jsonl`/`.ndjson` → `readJsonlLines`
 *   (one item per line), anything else → {@link readTextStory}. Text and HTML stories are named by
 *   the file's base name without extension.
 * - Dates: `options.date` when given; otherwise, for plain text (files and stdin), the first date
 *   written in the first five non-blank lines (`12 April, 2017`, `April 12, 2017`, `2017-04-12`, …,
 *   see `inferDateline`), else null. HTML pages and JSONL lines use the date they state and fall back
 *   to `options.date`.
 *
 * Input problems (missing or unreadable path, binary, bad encoding, empty, no article, bad JSONL
 * line) are yielded as `LuccaError` items, never thrown. Only an invalid `options.date` throws
 * (`OPTION_INVALID`), on the first `next()`, before anything is read.
 *
 * @example
 * for await (const item of readInputs(['demo/'], { date: null })) {
 *   if (item.error) report(item.error); else code(item.story);
 * }
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions): AsyncGenerator<InputItem> {
  const date = checkDate(options.date);
  for (const path of paths) {
    if (path === STDIN_PATH) {
      yield* readStdin(options.stdin ?? readProcessStdin, date);
      continue;
    }
    const kind = await pathKind(path);
    if (kind instanceof LuccaError) {
      yield { error: kind };
      continue;
    }
    if (kind === 'file') {
      yield* readInputFile(path, date);
      continue;
    }
    for await (const entry of walkInputDirectory(path)) {
      if (entry.error) yield { error: entry.error };
      else yield* readInputFile(entry.file, date);
    }
  }
}

/** Read one file and yield its story, its stories (JSONL) or its error. */
async function* readInputFile(file: string, date: string | null): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield { error: unreadable(file, error) };
    return;
  }
  const extension = extname(file).toLowerCase();
  const id = basename(file, extname(file));
  try {
    const text = decodeText(bytes, file);
    if (extension === '.jsonl' || extension === '.ndjson') {
      for (const item of readJsonlLines(text, { origin: file, defaultDate: date })) {
        yield item.story ? { story: item.story } : { error: item.error };
      }
    } else if (extension === '.html' || extension === '.htm') {
      yield { story: readHtmlStory(text, { id, date, origin: file }) };
    } else {
      yield { story: readTextStory(text, { id, date: date ?? inferDateline(text), origin: file }) };
    }
  } catch (error) {
    if (!(error instanceof LuccaError)) throw error;
    yield { error };
  }
}

async function* readStdin(read: () => Promise<Uint8Array>, date: string | null): AsyncGenerator<InputItem> {
  try {
    const text = decodeText(await read(), STDIN_ID);
    yield { story: readTextStory(text, { id: STDIN_ID, date: date ?? inferDateline(text), origin: STDIN_ID }) };
  } catch (error) {
    yield { error: error instanceof LuccaError ? error : unreadable(STDIN_ID, error) };
  }
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function checkDate(date: string | null): string | null {
  if (date === null) return null;
  const normal = normaliseDate(date);
  if (normal === null) throw new LuccaError('OPTION_INVALID', `--date must be a date as YYYY-MM-DD, not "${date}"`);
  return normal;
}
