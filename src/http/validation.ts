import { Ajv, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const base: Options = { allErrors: true, strict: false, useDefaults: false, removeAdditional: false };

/** Marks a body schema as optional: a request without a body (or with `null`) passes, one with a body is checked. */
export const optionalBody = <T extends object>(schema: T): T => ({ ...schema, 'x-body-optional': true });

/** Whether a body schema was marked with `optionalBody` (the OpenAPI document then does not require a body). */
export const isOptionalBody = (schema: unknown): boolean =>
  typeof schema === 'object' && schema !== null && (schema as Record<string, unknown>)['x-body-optional'] === true;

/**
 * JSON bodies are checked exactly as sent: no coercion, so "5" is not a quantity. Path and query
 * parameters arrive as text and are coerced to the declared types. `shared` are the named schemas
 * the route schemas refer to by `$ref`.
 */
export function validatorCompiler(shared: readonly object[]): FastifySchemaCompiler<unknown> {
  const body = addFormats.default(new Ajv({ ...base, coerceTypes: false })).addSchema([...shared]);
  const params = addFormats.default(new Ajv({ ...base, coerceTypes: true })).addSchema([...shared]);
  return ({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? body : params).compile(schema as object);
    if (httpPart !== 'body') return validate;
    const checked = storableText(validate);
    return isOptionalBody(schema) ? allowingNoBody(checked) : checked;
  };
}

// A NUL byte or half of a surrogate pair cannot be stored as text (PostgreSQL refuses both).
const unstorable = /\u0000|\p{Surrogate}/u;

/**
 * After the schema: every text in the body must be storable, or the field is named and refused
 * here, before the database would answer with its own message.
 */
function storableText(validate: ValidateFunction): ValidateFunction {
  const check = ((data: unknown) => {
    if (!validate(data)) {
      check.errors = validate.errors;
      return false;
    }
    const path = unstorableAt(data, '');
    check.errors = path === undefined ? null : [{ instancePath: path, schemaPath: '#', keyword: 'text', params: {}, message: 'must not hold a NUL character or half a surrogate pair' }];
    return path === undefined;
  }) as ValidateFunction;
  return check;
}

function unstorableAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return unstorable.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorable.test(key) ? `${path}/${key}` : unstorableAt(inner, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
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
