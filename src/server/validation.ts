/**
 * @module server/validation
 * Request validation with two Ajv instances: query strings and path parameters are text, so their
 * values are coerced to the schema's types (`limit=10` → 10); JSON bodies are already typed, so nothing
 * is coerced there (`{"text": 42}` is refused, not turned into "42"). Unknown properties are errors
 * everywhere, never silently dropped.
 */
import { Ajv, type Options } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

const common: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

/** The validator compiler for `app.setValidatorCompiler`. */
export function validatorCompiler(): FastifySchemaCompiler<unknown> {
  const coercing = new Ajv({ ...common, coerceTypes: 'array' });
  const strict = new Ajv({ ...common, coerceTypes: false });
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
