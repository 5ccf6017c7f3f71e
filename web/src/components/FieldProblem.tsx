import { ApiProblem } from '../api/client.js';

/**
 * The part of a refusal that names a field (`body/lines/0/quantity` in a validation problem, or a
 * refusal's own `sku`, `location`, `supplier`… member), shown next to that field.
 */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!(error instanceof ApiProblem)) return null;
  const { problem } = error;
  const named = (problem.errors ?? []).find((e) => e.field.split('/').includes(field));
  if (named) return named.message;
  if (field in problem && problem.code !== 'validation_failed') return `${problem.title}: ${problem.detail}`;
  return null;
}

export function FieldProblem({ error, field }: { error: unknown; field: string }) {
  const message = fieldMessage(error, field);
  if (!message) return null;
  return (
    <span className="field-problem" role="alert">
      {message}
    </span>
  );
}
