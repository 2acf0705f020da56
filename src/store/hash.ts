/**
 * @module store/hash
 * The content hash that makes ingest idempotent by content: two stories with the same text are one story.
 */
import { createHash } from 'node:crypto';

/**
 * SHA-256 (hex) of a story's text, as the store keeps it.
 *
 * @example
 * store.hasStory({ hash: contentHash(story.text) })
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
