/**
 * @module server
 * The HTTP API over an event store: `createServer({ store, coder })` returns an unstarted fastify instance.
 */
export { createServer, type ServerOptions } from './create-server.js';
export type { App, ServerDeps } from './app.js';
export { CODE_BODY_LIMIT } from './routes/code.js';
export { exportLines } from './routes/export.js';
export { formatValidationError, ParameterError } from './errors.js';
