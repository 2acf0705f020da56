/**
 * @module server/routes/code
 * `POST /api/code`: code posted text on the fly (nothing is stored) and return the same event records
 * `lucca code --format jsonl` writes.
 */
import { inferDateline, readTextStory } from '../../ingest/index.js';
import { isIsoDate } from '../../store/index.js';
import type { App, ServerDeps } from '../app.js';
import { ParameterError } from '../errors.js';
import { CodeBody, CodeResultSchema, ErrorSchema } from '../schemas.js';

/** Largest request body `POST /api/code` accepts, in bytes. */
export const CODE_BODY_LIMIT = 1024 * 1024;

/** Register `POST /api/code`. */
export function codeRoutes(app: App, { coder }: ServerDeps): void {
  app.post('/api/code', {
    bodyLimit: CODE_BODY_LIMIT,
    schema: {
      summary: 'Code posted text (not stored)',
      description: `JSON body of at most ${CODE_BODY_LIMIT} bytes. The text is cleaned and dated as \`lucca code\` does for a text file.`,
      tags: ['code'],
      body: CodeBody,
      response: { 200: CodeResultSchema, 400: ErrorSchema, 413: ErrorSchema },
    },
  }, async (request) => {
    const { text, date, id = 'text', title } = request.body;
    if (date !== undefined && !isIsoDate(date)) throw new ParameterError('date', `"${date}" is not a real date`);
    let story;
    try {
      story = readTextStory(text, { id, date: date ?? inferDateline(text), origin: 'request' });
    } catch {
      throw new ParameterError('text', 'has no text to code');
    }
    if (title !== undefined) story.title = title;
    const result = coder.codeStory(story);
    return { story_id: story.id, sentences: result.sentences, warnings: result.warnings, events: result.events };
  });
}
