/**
 * @module server/create-server
 * The HTTP API as a fastify instance: JSON routes under `/api`, the OpenAPI document at `/openapi.json`,
 * browsable docs at `/docs`, and the dashboard at `/` (a plain page when it is not built). The instance is returned unstarted: the CLI
 * calls `listen`, tests call `inject`. Nothing here prints (fastify's logger is off unless asked for).
 */
import Fastify, { type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { App, ServerDeps } from './app.js';
import { formatValidationError, installErrorHandlers } from './errors.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { codeRoutes } from './routes/code.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { DEFAULT_WEB_ROOT, homeRoutes } from './routes/home.js';
import { EventRecordSchema } from './schemas.js';
import { validatorCompiler } from './validation.js';

/** Options of {@link createServer}. */
export interface ServerOptions extends ServerDeps {
  /** fastify's logger option (default off: library code does not print). */
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built dashboard (default: the package's `dist/web`); null serves a plain page at `/`. */
  webRoot?: string | null;
}

/**
 * Build the API over a store and a coder.
 *
 * @example
 * const app = createServer({ store: openSqliteStore('lucca.db'), coder });
 * const res = await app.inject({ url: '/api/events?actor=RUS*&limit=10' });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 */
export function createServer(options: ServerOptions): App {
  const app = Fastify({
    logger: options.logger ?? false,
    schemaErrorFormatter: (errors, dataVar) => formatValidationError(errors, dataVar),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler());
  // Records go out exactly as stored: response schemas document, they never reshape.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addSchema(EventRecordSchema);
  installErrorHandlers(app);

  app.register(swagger, {
    openapi: {
      info: {
        title: 'Lucca API',
        version: '0.1.0',
        description: 'Coded political events (CAMEO, PLOVER) from the news, with their evidence. Every parameter is validated; a bad value gets HTTP 400 with a message naming the parameter.',
      },
      tags: [
        { name: 'events', description: 'Event records (the JSONL contract)' },
        { name: 'stories', description: 'Stored stories' },
        { name: 'aggregates', description: 'Series, network, actors' },
        { name: 'code', description: 'Code text on the fly' },
      ],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  app.register(swaggerUi, { routePrefix: '/docs' });
  app.register(async (instance) => {
    const api = instance.withTypeProvider<TypeBoxTypeProvider>();
    const deps = { store: options.store, coder: options.coder };
    homeRoutes(api, deps, { webRoot: options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot });
    eventRoutes(api, deps);
    aggregateRoutes(api, deps);
    exportRoutes(api, deps);
    codeRoutes(api, deps);
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  });
  return app;
}
