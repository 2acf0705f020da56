/**
 * @module ingest/walk
 * Which files an input directory holds: a sorted, recursive walk filtered by extension.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LuccaError } from '../model/errors.js';

/** Extensions (lower case) of the files read from a directory; other files are ignored. */
export const INPUT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);

/** One result of a directory walk: a file to read, or a directory that could not be listed. */
export type WalkItem = { file: string; error?: undefined } | { file?: undefined; error: LuccaError };

/**
 * The input files under `dir`, depth first, with the entries of each directory sorted by name
 * (code-unit order, the same on every machine and locale). Only files with an extension in
 * {@link INPUT_EXTENSIONS} (any case) are yielded; names starting with `.` are skipped. Symbolic
 * links are followed, each real directory is visited once. A directory that cannot be listed is
 * yielded as an `INPUT_UNREADABLE` error and the walk goes on.
 */
export async function* walkInputDirectory(dir: string, visited: Set<string> = new Set()): AsyncGenerator<WalkItem> {
  let entries: string[];
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort(byCodeUnit);
  } catch (error) {
    yield { error: unreadable(dir, error) };
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const kind = await pathKind(path);
    if (kind instanceof LuccaError) {
      yield { error: kind };
      continue;
    }
    if (kind === 'directory') yield* walkInputDirectory(path, visited);
    else if (INPUT_EXTENSIONS.has(extname(name).toLowerCase())) yield { file: path };
  }
}

/** An `INPUT_UNREADABLE` error for `file` that explains a file-system error in words. */
export function unreadable(file: string, error: unknown): LuccaError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'not a directory',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new LuccaError('INPUT_UNREADABLE', `cannot read: ${reason}`, { file });
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a path is a directory or a file, or the error that says it cannot be read. */
export async function pathKind(path: string): Promise<'directory' | 'file' | LuccaError> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    return unreadable(path, error);
  }
}
