/**
 * @module ingest/text
 * Plain-text stories: clean the whitespace, spot a headline, keep the words as written.
 */
import type { Story } from '../model/story.js';
import { LuccaError } from '../model/errors.js';
import { isBlank } from './decode.js';
import { normaliseWhitespace } from './whitespace.js';

export { normaliseWhitespace } from './whitespace.js';

/** Longest first line that is still taken for a headline. */
const MAX_TITLE_LENGTH = 200;

/** Where a story came from and what to call it. */
export interface StoryMeta {
  /** Story id (for files, the base name without extension). */
  id: string;
  /** Story date as `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  /** File path or other label, used in error messages. */
  origin: string;
}

/**
 * Read one plain-text story. The text is cleaned by {@link normaliseWhitespace} and otherwise kept
 * as written — all later offsets refer to this cleaned text. When the first line is short (under
 * 200 characters), does not end in a period and is followed by a blank line, it is also taken as the
 * title; it stays part of the text.
 *
 * Throws `INPUT_EMPTY` (naming `origin`) when nothing is left after cleaning.
 *
 * @example
 * readTextStory('Talks resume\n\nThe minister said…', { id: 'a', date: null, origin: 'a.txt' }).title // 'Talks resume'
 */
export function readTextStory(text: string, meta: StoryMeta): Story {
  const clean = normaliseWhitespace(text);
  if (isBlank(clean)) throw new LuccaError('INPUT_EMPTY', 'empty story', { file: meta.origin });
  const story: Story = { id: meta.id, text: clean, date: meta.date, origin: meta.origin };
  const title = findTitle(clean);
  if (title !== null) story.title = title;
  return story;
}

/** The headline line of a cleaned text, or null when the text does not start with one. */
export function findTitle(clean: string): string | null {
  const end = clean.indexOf('\n');
  if (end <= 0 || !clean.startsWith('\n\n', end)) return null;
  const first = clean.slice(0, end);
  if (first.length >= MAX_TITLE_LENGTH || first.endsWith('.')) return null;
  return first;
}
