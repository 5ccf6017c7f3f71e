import { ApiProblem } from '../api/client.js';

/**
 * The part of a refusal that names a field (`body/lines/0/quantity` in a validation problem, or a
 * refusal's own `sku`, `location`, `supplier`… member), shown next to that field.
 */
export function fieldMessage(error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiProblem)) return null;
  const { problem } = error;
  const named = (problem.errors ?? []).find((e) => typeof e.field === 'string' && e.field.split('/').some((part) => fields.includes(part)));
  if (named) return named.message;
  if (problem.code !== 'validation_failed' && fields.some((field) => field in problem)) return `${problem.title}: ${problem.detail}`;
  return null;
}

/** `field`: the field's name, or the names a refusal may give it (a quantity refused as `requested`). */
export function FieldProblem({ error, field }: { error: unknown; field: string | readonly string[] }) {
  const message = fieldMessage(error, typeof field === 'string' ? [field] : field);
  if (!message) return null;
  return (
    <span className="field-problem" role="alert">
      {message}
    </span>
  );
}
