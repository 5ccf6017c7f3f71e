import type { ErrorObject, ValidateFunction } from 'ajv';
import { namedSchemas } from '../../contract/index.js';
import { validatorCompiler } from '../../http/validation.js';
import type { ImportRowError } from '../../contract/imports.js';
import { columnAt, type ImportKind } from './import-kinds.js';

/**
 * Each row is checked exactly as the API checks a JSON body: the same contract schema, compiled by
 * the app's validator (no coercion; text that PostgreSQL cannot store refused).
 */
const compile = validatorCompiler(namedSchemas);
const compiled = new Map<string, ValidateFunction>();

function validatorOf(kind: ImportKind): ValidateFunction {
  let validate = compiled.get(kind.name);
  if (!validate) {
    const schema = typeof kind.schema === 'string' ? { $ref: kind.schema } : kind.schema;
    validate = compile({ schema, httpPart: 'body', method: 'POST', url: `/v1/imports/${kind.name}` }) as ValidateFunction;
    compiled.set(kind.name, validate);
  }
  return validate;
}

/** The row's errors by the kind's schema, one per column. */
export function schemaErrors(kind: ImportKind, row: number, input: unknown): ImportRowError[] {
  const validate = validatorOf(kind);
  if (validate(input)) return [];
  const byColumn = new Map<string, { missing: boolean; errors: ErrorObject[] }>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const missing = typeof error.params.missingProperty === 'string' ? error.params.missingProperty : undefined;
    const column = columnAt(kind, missing === undefined ? error.instancePath : `${error.instancePath}/${missing}`);
    const entry = byColumn.get(column) ?? { missing: false, errors: [] };
    entry.missing ||= missing !== undefined;
    entry.errors.push(error);
    byColumn.set(column, entry);
  }
  return [...byColumn].map(([column, { missing, errors }]) => ({
    row,
    column,
    code: missing ? 'missing_value' : 'invalid_value',
    message: missing ? `${column} is required` : messageOf(errors),
  }));
}

function messageOf(errors: readonly ErrorObject[]): string {
  const allowed = errors.filter((e) => e.keyword === 'const').map((e) => String(e.params.allowedValue));
  if (allowed.length > 0) return `must be one of ${allowed.join(', ')}`;
  return errors[0]?.message ?? 'is invalid';
}
