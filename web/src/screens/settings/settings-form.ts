import { ApiProblem } from '../../api/client.js';

/** One field of a settings form: what it edits, how it is typed in, where the API names it. */
export interface Field {
  readonly name: string;
  readonly label: string;
  readonly kind?: 'text' | 'number' | 'checkbox' | 'select' | 'date' | 'password';
  readonly options?: readonly string[];
  readonly required?: boolean;
  /** Only when creating (the key that identifies the record cannot change). */
  readonly createOnly?: boolean;
  /** Only when editing (deactivating). */
  readonly editOnly?: boolean;
  /** Where the API names it in a problem (`body/<path>`); the field's name by default. */
  readonly apiPath?: string;
  readonly hint?: string;
}

export type Values = Record<string, string | boolean>;

const text = (values: Values, name: string) => String(values[name] ?? '').trim();

/** The trimmed text of a field, or undefined when it is empty (left out of the body). */
export const optionalText = (values: Values, name: string): string | undefined => text(values, name) || undefined;

/** The number typed in a field, or undefined when it is empty; what is not a number is sent as is, for the API to refuse. */
export function optionalNumber(values: Values, name: string): number | undefined {
  const raw = text(values, name);
  if (raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : (raw as unknown as number);
}

/**
 * The API's problems by field name: validation errors (`errors[].field`, e.g. `body/preorder/launchDate`)
 * and refusals that name a field, matched to the form's field whose path they start with.
 */
export function fieldProblems(error: unknown, fields: readonly Field[]): Map<string, string> {
  const found = new Map<string, string>();
  if (!(error instanceof ApiProblem)) return found;
  const { problem } = error;
  const named: { field: string; message: string }[] = [...(problem.errors ?? [])];
  const field = (problem as { field?: unknown }).field;
  if (typeof field === 'string') named.push({ field, message: problem.detail });
  for (const { field: path, message } of named) {
    const inBody = path.replace(/^body\/?/, '');
    const match = fields.find((f) => inBody === (f.apiPath ?? f.name) || inBody.startsWith(`${f.apiPath ?? f.name}/`));
    if (match && !found.has(match.name)) found.set(match.name, message);
  }
  return found;
}
