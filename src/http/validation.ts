import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const base: Options = { allErrors: true, strict: false, useDefaults: false, removeAdditional: false };

/** Marks a body schema as optional: a request without a body (or with `null`) passes, one with a body is checked. */
export const optionalBody = <T extends object>(schema: T): T => ({ ...schema, 'x-body-optional': true });

/**
 * JSON bodies are checked exactly as sent: no coercion, so "5" is not a quantity. Path and query
 * parameters arrive as text and are coerced to the declared types.
 */
export function validatorCompiler(): FastifySchemaCompiler<unknown> {
  const body = addFormats.default(new Ajv({ ...base, coerceTypes: false }));
  const params = addFormats.default(new Ajv({ ...base, coerceTypes: true }));
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? body : params).compile(schema as object);
    if (httpPart !== 'body' || (schema as Record<string, unknown>)['x-body-optional'] !== true) return validate;
    return allowingNoBody(validate);
  };
}

function allowingNoBody(validate: ValidateFunction): ValidateFunction {
  const check = ((data: unknown) => {
    if (data === undefined || data === null) {
      check.errors = null;
      return true;
    }
    const ok = validate(data);
    check.errors = validate.errors;
    return ok;
  }) as ValidateFunction;
  return check;
}
