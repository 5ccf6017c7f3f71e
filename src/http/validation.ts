import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const base: Options = { allErrors: true, strict: false, useDefaults: false, removeAdditional: false };

/**
 * JSON bodies are checked exactly as sent: no coercion, so "5" is not a quantity. Path and query
 * parameters arrive as text and are coerced to the declared types.
 */
export function validatorCompiler(): FastifySchemaCompiler<unknown> {
  const body = addFormats.default(new Ajv({ ...base, coerceTypes: false }));
  const params = addFormats.default(new Ajv({ ...base, coerceTypes: true }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : params).compile(schema as object);
}
