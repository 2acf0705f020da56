/**
 * @module server/routes/aggregates
 * `GET /api/series`, `GET /api/network`, `GET /api/actors`.
 */
import type { App, ServerDeps } from '../app.js';
import { filterOf } from '../filter-params.js';
import { ActorsQuery, ActorsSchema, ErrorSchema, NetworkQuery, NetworkSchema, SeriesQuery, SeriesSchema } from '../schemas.js';

/** Register the aggregate routes. */
export function aggregateRoutes(app: App, { store }: ServerDeps): void {
  app.get('/api/series', {
    schema: {
      summary: 'Event counts and mean Goldstein value per period, split by quad class',
      description: 'For an actor (`actor`) or a dyad (`source` + `target`), or any other filter. Only periods with events are listed; events without a date are left out.',
      tags: ['aggregates'],
      querystring: SeriesQuery,
      response: { 200: SeriesSchema, 400: ErrorSchema },
    },
  }, async (request) => {
    const { interval, ...filter } = request.query;
    return store.series(filterOf(filter), interval ?? 'month');
  });

  app.get('/api/network', {
    schema: {
      summary: 'Top actors of a filter and the weighted, directed edges between them',
      description: 'Dyadic events only. Node `out`/`in` count the events an actor is source/target of; an edge weighs the events from source to target.',
      tags: ['aggregates'],
      querystring: NetworkQuery,
      response: { 200: NetworkSchema, 400: ErrorSchema },
    },
  }, async (request) => {
    const { limit, ...filter } = request.query;
    return store.network(filterOf(filter), limit ?? 50);
  });

  app.get('/api/actors', {
    schema: {
      summary: 'Actors with their event counts, most events first',
      tags: ['aggregates'],
      querystring: ActorsQuery,
      response: { 200: ActorsSchema, 400: ErrorSchema },
    },
  }, async (request) => ({ actors: store.actors(request.query.q ?? null, request.query.limit ?? 50) }));
}
