/**
 * @module ingest/jsonl
 * JSON Lines input: one story object per line; a bad line is an error for that line only.
 */
import type { Story } from '../model/story.js';
import { LuccaError } from '../model/errors.js';
import { normaliseDate } from './dates.js';
import { isBlank } from './decode.js';
import { normaliseWhitespace } from './whitespace.js';

/** Options for reading a JSON Lines file. */
export interface JsonlOptions {
  /** The file's path or label; errors name it and each story's origin is `origin:line`. */
  origin: string;
  /** Date for lines that carry none, as `YYYY-MM-DD`, or null. */
  defaultDate: string | null;
}

/** What one non-blank line gave: a story or an error, with the 1-based line number. */
export type JsonlItem =
  | { line: number; story: Story; error?: undefined }
  | { line: number; story?: undefined; error: LuccaError };

/**
 * Read stories from JSON Lines text, one object per line:
 * `{"id": "a1", "text": "…", "date": "2024-03-12", "title": "…", "url": "…", "outlet": "…"}`.
 * `id` is a string or a number (made a string); `text` a non-empty string; the rest optional
 * strings (null counts as absent). `date` may be `YYYY-MM-DD`, `YYYYMMDD` (also as a number) or an
 * ISO timestamp; it becomes `YYYY-MM-DD`, and `defaultDate` is used when it is absent.
 *
 * Blank lines are skipped. A line that is not a JSON object gives `INPUT_JSON`; a missing or
 * ill-typed field or an invalid date gives `INPUT_FIELD`; an empty text gives `INPUT_EMPTY` — each
 * with the file and line, and the other lines are still read.
 *
 * @example
 * const { stories, errors } = readJsonlStories(text, { origin: 'news.jsonl', defaultDate: null });
 */
export function readJsonlStories(text: string, options: JsonlOptions): { stories: Story[]; errors: LuccaError[] } {
  const stories: Story[] = [];
  const errors: LuccaError[] = [];
  for (const item of readJsonlLines(text, options)) {
    if (item.story) stories.push(item.story);
    else errors.push(item.error);
  }
  return { stories, errors };
}

/**
 * The same reading as {@link readJsonlStories}, one item per non-blank line in file order, so that a
 * caller can report stories and errors interleaved as they occur.
 */
export function* readJsonlLines(text: string, options: JsonlOptions): Generator<JsonlItem> {
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    if (raw.trim() === '') continue;
    const line = index + 1;
    try {
      yield { line, story: readLine(raw, line, options) };
    } catch (error) {
      if (!(error instanceof LuccaError)) throw error;
      yield { line, error };
    }
  }
}

function readLine(raw: string, line: number, options: JsonlOptions): Story {
  const where = { file: options.origin, line };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LuccaError('INPUT_JSON', `malformed JSON (${reason})`, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new LuccaError('INPUT_JSON', 'line is not a JSON object', where);
  }
  const record = value as Record<string, unknown>;

  const id = record.id;
  if (!(typeof id === 'string' && id.trim() !== '') && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new LuccaError('INPUT_FIELD', 'field "id" must be a non-empty string or a number', where);
  }
  if (typeof record.text !== 'string') {
    throw new LuccaError('INPUT_FIELD', 'field "text" must be a string', where);
  }
  const text = normaliseWhitespace(record.text);
  if (isBlank(text)) throw new LuccaError('INPUT_EMPTY', 'field "text" is empty', where);

  const story: Story = {
    id: String(id),
    text,
    date: readDate(record.date, where) ?? options.defaultDate,
    origin: `${options.origin}:${line}`,
  };
  for (const field of ['title', 'url', 'outlet'] as const) {
    const fieldValue = optionalString(record, field, where);
    if (fieldValue !== undefined) story[field] = fieldValue;
  }
  return story;
}

function readDate(value: unknown, where: { file: string; line: number }): string | null {
  if (value === undefined || value === null) return null;
  const date = typeof value === 'string' || typeof value === 'number' ? normaliseDate(String(value)) : null;
  if (date === null) {
    throw new LuccaError('INPUT_FIELD', `field "date" is not a valid date: ${JSON.stringify(value)}`, where);
  }
  return date;
}

function optionalString(record: Record<string, unknown>, field: string, where: { file: string; line: number }): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new LuccaError('INPUT_FIELD', `field "${field}" must be a string`, where);
  const clean = normaliseWhitespace(value);
  return clean === '' ? undefined : clean;
}
