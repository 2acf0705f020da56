/**
 * @module server/routes/events
 * `GET /api/events` (filtered, cursor-paginated), `GET /api/events/:id`, `GET /api/stories/:id`.
 */
import type { App, ServerDeps } from '../app.js';
import { notFound } from '../errors.js';
import { filterOf } from '../filter-params.js';
import { ErrorSchema, EventPageSchema, EventRecordSchema, EventsQuery, IdParams, StorySchema } from '../schemas.js';

/** Register the event and story routes. */
export function eventRoutes(app: App, { store }: ServerDeps): void {
  app.get('/api/events', {
    schema: {
      summary: 'List events matching a filter',
      description: 'Newest first by default. Pass the returned `next` as `cursor` for the following page (same filter and sort).',
      tags: ['events'],
      querystring: EventsQuery,
      response: { 200: EventPageSchema, 400: ErrorSchema },
    },
  }, async (request) => {
    const { limit, cursor, sort, ...filter } = request.query;
    return store.queryEvents(filterOf(filter), { limit, cursor, sort });
  });

  app.get('/api/events/:id', {
    schema: {
      summary: 'One event record',
      tags: ['events'],
      params: IdParams,
      response: { 200: EventRecordSchema, 404: ErrorSchema },
    },
  }, async (request, reply) => {
    const event = store.getEvent(request.params.id);
    return event ?? notFound(reply, `no event with id "${request.params.id}"`);
  });

  app.get('/api/stories/:id', {
    schema: {
      summary: 'One story: its text, sentences (with offsets) and events',
      description: 'Event spans are offsets into the event sentence; add the sentence `offset` for offsets into the story text.',
      tags: ['stories'],
      params: IdParams,
      response: { 200: StorySchema, 404: ErrorSchema },
    },
  }, async (request, reply) => {
    const story = store.getStory(request.params.id);
    return story ?? notFound(reply, `no story with id "${request.params.id}"`);
  });
}
