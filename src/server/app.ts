/**
 * @module server/app
 * The types every route module shares: the fastify instance with the TypeBox type provider, and what
 * the server is built from.
 */
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Coder } from '../pipeline/coder.js';
import type { EventStore } from '../store/index.js';

/** The fastify instance the routes are registered on (schemas typed by TypeBox). */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** What the server serves from: a store to read and a coder for `POST /api/code`. */
export interface ServerDeps {
  store: EventStore;
  coder: Coder;
}
