/**
 * @module server/errors
 * HTTP errors: validation failures and `LuccaError`s become 400s whose message starts with the
 * parameter's name (`limit: must be <= 1000`), unknown routes 404, the rest 500 without internals.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LuccaError } from '../model/errors.js';

/** An ajv error, as fastify hands them to the schema error formatter. */
interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** An error that names the request parameter it is about. */
export class ParameterError extends Error {
  readonly statusCode = 400;
  readonly parameter: string;

  constructor(parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.parameter = parameter;
  }
}

/**
 * Fastify's `schemaErrorFormatter`: the first validation problem as a {@link ParameterError}, e.g.
 * `limit: must be <= 1000`, `sort: must be one of date, -date, id, -id`, `souce: unknown parameter`.
 */
export function formatValidationError(errors: ValidationIssue[], dataVar: string): Error {
  const e = errors[0];
  if (!e) return new ParameterError(dataVar, 'invalid');
  if (e.keyword === 'additionalProperties') return new ParameterError(String(e.params.additionalProperty), `unknown parameter in ${dataVar}`);
  if (e.keyword === 'required') return new ParameterError(String(e.params.missingProperty), `required in ${dataVar}`);
  const name = e.instancePath.replace(/^\//, '').replace(/\//g, '.') || dataVar;
  if (e.keyword === 'enum') return new ParameterError(name, `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`);
  if (e.keyword === 'pattern') return new ParameterError(name, `has the wrong form (${describePattern(name)})`);
  return new ParameterError(name, e.message ?? 'invalid');
}

/** What a patterned parameter should look like, in words. */
function describePattern(name: string): string {
  switch (name) {
    case 'source': case 'target': case 'actor': return 'an actor code like RUSGOV, or a prefix like RUS*';
    case 'country': return 'an ISO 3166-1 alpha-3 code like RUS';
    case 'cameo': return 'CAMEO codes or roots of 2 to 4 digits, comma-separated';
    case 'plover': return 'PLOVER types, comma-separated';
    case 'quad_class': return 'quad classes 1 to 4, comma-separated';
    case 'from': case 'to': case 'date': return 'a date as YYYY-MM-DD';
    default: return 'see /docs';
  }
}

/** The error body: `{statusCode, error, message, parameter?}`. */
function body(statusCode: number, message: string, parameter?: string) {
  const error = statusCode === 400 ? 'Bad Request' : statusCode === 404 ? 'Not Found' : statusCode === 413 ? 'Payload Too Large' : statusCode < 500 ? 'Client Error' : 'Internal Server Error';
  return parameter ? { statusCode, error, message, parameter } : { statusCode, error, message };
}

/** Reply with a 404 for a missing resource. */
export function notFound(reply: FastifyReply, message: string) {
  return reply.status(404).send(body(404, message));
}

/** Install the error and not-found handlers on `app`. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof ParameterError) return reply.status(400).send(body(400, error.message, error.parameter));
    if (error instanceof LuccaError) {
      // Store and reader errors start with the parameter's name ("from: … is after to").
      const parameter = /^([a-z_]+): /.exec(error.message)?.[1];
      return reply.status(400).send(body(400, error.message, parameter));
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // fastify's content-type parser errors (bad JSON, too large, wrong media type) are about the body.
      const aboutBody = String((error as { code?: string }).code ?? '').startsWith('FST_ERR_CTP');
      return reply.status(status).send(body(status, aboutBody ? `body: ${(error as Error).message}` : (error as Error).message, aboutBody ? 'body' : undefined));
    }
    request.log.error(error);
    return reply.status(500).send(body(500, 'internal error'));
  });
  app.setNotFoundHandler((request, reply) => notFound(reply, `no route ${request.method} ${request.url.split('?')[0]}`));
}
